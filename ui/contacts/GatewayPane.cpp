#include "ui/contacts/GatewayPane.h"

#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "ui/common/AdaptiveColumns.h"
#include "ui/common/FocusForwarder.h"
#include "ui/common/LoadStateStack.h"
#include "ui/common/OnScreenWatcher.h"
#include "ui/common/ScrollingContent.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/ReportError.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"
#include "ui/models/contacts/commands/ToggleGatewayCommand.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QTreeView *makeView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(false);
    return view;
}

} // namespace

GatewayPane::GatewayPane(Workspace &workspace, QUndoStack &undoStack,
                         models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undo(undoStack, reporter),
      m_gatewayModel(new models::GatewayListModel(workspace, this)),
      m_searchModel(new models::ContactSearchModel(workspace, this))
{
    setObjectName(QStringLiteral("GatewayPane"));
    m_gatewayAction = new QAction(QStringLiteral("☆ ") + tr("&Gateway"), this);
    m_gatewayAction->setObjectName(QStringLiteral("toggleGatewayAction"));
    m_gatewayAction->setCheckable(true);
    m_gatewayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    // Window-wide: the selected person is the same in the contacts tree, the contact page and
    // here, so Ctrl+G works from wherever the user found them.
    m_gatewayAction->setShortcutContext(Qt::WindowShortcut);
    m_gatewayAction->setToolTip(tr("Bookmark the selected contact as a gateway (Ctrl+G)"));
    connect(m_gatewayAction, &QAction::triggered, this, &GatewayPane::toggleGateway);

    m_startCallAction = new QAction(tr("Start &call"), this);
    m_startCallAction->setToolTip(tr("Start a call with the selected contact"));
    connect(m_startCallAction, &QAction::triggered, this, [this] {
        if (m_selected > 0)
            Q_EMIT startCallWith(m_selected);
    });
    m_newCaseAction = new QAction(tr("&New case through…"), this);
    m_newCaseAction->setToolTip(tr("Open a new case routed through the selected contact"));
    connect(m_newCaseAction, &QAction::triggered, this, [this] {
        if (m_selected > 0)
            Q_EMIT newCaseThrough(m_selected);
    });
    addActions({m_gatewayAction, m_startCallAction, m_newCaseAction});

    // Rows come and go under the selection: the view's current row moving to a neighbour is
    // not the user choosing someone else, so keep the selected contact selected.
    // Connected before the views get their models, so this runs before their own handlers.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_gatewayModel),
                                      static_cast<QAbstractItemModel *>(m_searchModel)}) {
        auto hold = [this] { m_selecting = true; };
        auto restore = [this] {
            m_selecting = false;
            selectInViews();
        };
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
        connect(model, &QAbstractItemModel::rowsRemoved, this, restore);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
        connect(model, &QAbstractItemModel::rowsInserted, this, restore);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, hold);
        connect(model, &QAbstractItemModel::modelReset, this, restore);
    }
    buildLayout();

    connect(&workspace, &Workspace::contactChanged, this, [this](RowId id) {
        if (id == m_selected)
            updateActions();
    });
    connect(&workspace, &Workspace::contactRemoved, this, [this](RowId id) {
        if (id == m_selected)
            setSelectedContact(0);
    });
    connect(&workspace, &Workspace::bulkChange, this, &GatewayPane::updateActions);
    updateActions();
    OnScreenWatcher::callOnce(*this, [this] { ensureLoaded(); });
    // Its models report to the window's error path from the start.
    setErrorReporter(&reporter);
}

void GatewayPane::buildLayout()
{
    // The pane's own commands as buttons in the Tab order (a QToolBar's buttons are skipped
    // by Tab, and "New case through…" had no other way in from the keyboard).
    auto *commands = new QHBoxLayout;
    commands->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_gatewayAction, m_startCallAction, m_newCaseAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus); // Tab reaches it on every platform theme
        commands->addWidget(button);
        m_commandButtons << button;
    }
    commands->addStretch(1);

    auto *gatewaysTitle = new QLabel(tr("<b>Gateways</b> — who gets things done, across all "
                                        "organizations"),
                                     this);
    m_gatewayView = makeView(m_gatewayModel, this);
    m_gatewayView->setObjectName(QStringLiteral("gatewayView"));
    m_gatewayView->setAccessibleName(tr("Gateways"));
    // Going to the pane (Ctrl+8) puts the cursor on the gateways, not on a button; Tab then
    // goes on to the commands for the person chosen there.
    FocusForwarder::of(this).setTarget(m_gatewayView);
    QWidget *previous = m_gatewayView;
    for (auto *button : m_commandButtons) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    m_gatewayView->header()->setSectionResizeMode(models::GatewayListModel::Rules,
                                                  QHeaderView::Stretch);
    for (int column :
         {models::GatewayListModel::Name, models::GatewayListModel::Position,
          models::GatewayListModel::Organization, models::GatewayListModel::TrackRecord,
          models::GatewayListModel::Involved, models::GatewayListModel::LastContact})
        m_gatewayView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Beside the contacts list the gateways have half the width: the rules of engagement keep
    // their room, and the dates and counts step aside first (the contact page has them).
    new AdaptiveColumns(m_gatewayView->header(), models::GatewayListModel::Rules, 160,
                        {models::GatewayListModel::LastContact, models::GatewayListModel::Involved,
                         models::GatewayListModel::Organization,
                         models::GatewayListModel::Position});
    gatewaysTitle->setBuddy(m_gatewayView);

    auto *contactsTitle = new QLabel(tr("<b>All contacts</b> — select one and press Ctrl+G to "
                                        "bookmark"),
                                     this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search by name, organization or position"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search contacts"));
    connect(m_filter, &QLineEdit::textChanged, m_searchModel,
            &models::ContactSearchModel::setFilterText);
    m_gatewaysOnly = new QCheckBox(tr("Gateways &only"), this);
    connect(m_gatewaysOnly, &QCheckBox::toggled, m_searchModel,
            &models::ContactSearchModel::setGatewaysOnly);
    m_contactsView = makeView(m_searchModel, this);
    m_contactsView->setObjectName(QStringLiteral("contactsView"));
    m_contactsView->setAccessibleName(tr("Contacts"));
    // Names whole; the position takes what is left; the last contact, then the organization
    // (the search box finds by it) step aside in a narrow pane.
    for (int column :
         {models::ContactSearchModel::Name, models::ContactSearchModel::Organization,
          models::ContactSearchModel::Gateway, models::ContactSearchModel::LastContact})
        m_contactsView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    new AdaptiveColumns(
        m_contactsView->header(), models::ContactSearchModel::Position, 120,
        {models::ContactSearchModel::LastContact, models::ContactSearchModel::Organization});

    auto connectView = [this](QTreeView *view) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (!m_selecting && current.isValid())
                        setSelectedContact(current.data(models::ContactIdRole).toLongLong());
                });
        connect(view, &QTreeView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT contactActivated(index.data(models::ContactIdRole).toLongLong());
        });
    };
    connectView(m_gatewayView);
    connectView(m_contactsView);
    // The star in the contacts list toggles the bookmark, as the toolbar's star does.
    connect(m_contactsView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() != models::ContactSearchModel::Gateway)
            return;
        setSelectedContact(index.data(models::ContactIdRole).toLongLong());
        toggleGateway();
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(gatewaysTitle);
    m_gatewayStates = new LoadStateStack(m_gatewayView, top);
    topLayout->addWidget(m_gatewayStates);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(contactsTitle);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_gatewaysOnly);
    bottomLayout->addLayout(filterRow);
    m_contactStates = new LoadStateStack(m_contactsView, bottom);
    bottomLayout->addWidget(m_contactStates);
    for (auto *states : {m_gatewayStates, m_contactStates})
        connect(states, &LoadStateStack::retryRequested, this, &GatewayPane::ensureLoaded);
    connect(m_gatewayModel, &QAbstractItemModel::modelReset, this,
            [this] { m_gatewayStates->showLoadState(*m_gatewayModel); });
    connect(m_searchModel, &QAbstractItemModel::modelReset, this,
            [this] { m_contactStates->showLoadState(*m_searchModel); });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setChildrenCollapsible(false);
    // Above each other: a handful of gateways, many contacts. Side by side: the gateways' rules
    // of engagement need the width more than the contacts' names.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(commands);
    layout->addWidget(scrollingContent(m_splitter, tr("Gateway contacts"), this), 1);
}

void GatewayPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a low, wide pane (the bottom of the window) the two lists sit side by side, each
    // with the pane's full height; in a tall one, one above the other.
    const auto orientation = width() >= 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_splitter->orientation()) {
        m_splitter->setOrientation(orientation);
        m_splitter->setStretchFactor(0, orientation == Qt::Horizontal ? 3 : 2);
        m_splitter->setStretchFactor(1, orientation == Qt::Horizontal ? 2 : 3);
        const int length = orientation == Qt::Horizontal ? width() : height();
        m_splitter->setSizes(orientation == Qt::Horizontal
                                 ? QList<int>{length * 3 / 5, length * 2 / 5}
                                 : QList<int>{length * 2 / 5, length * 3 / 5});
    }
}

void GatewayPane::setSelectedContact(RowId contactId)
{
    m_selected = contactId;
    selectInViews();
    updateActions();
}

void GatewayPane::toggleGateway()
{
    if (m_selected <= 0) {
        updateActions();
        Q_EMIT hint(tr("Select a person in Contacts or Gateways first, then press Ctrl+G."));
        return;
    }
    auto contact = m_workspace.contacts().get(m_selected);
    Status status = contact ? m_undo.push(std::make_unique<models::ToggleGatewayCommand>(
                                  m_workspace, m_selected, !contact->isGateway))
                            : contact.status();
    if (!status)
        models::reportError(m_reporter, status.message());
    updateActions();
}

void GatewayPane::updateActions()
{
    bool isGateway = false;
    if (m_selected > 0) {
        auto contact = m_workspace.contacts().get(m_selected);
        if (contact)
            isGateway = contact->isGateway;
    }
    const bool any = m_selected > 0;
    // Stays enabled with nobody selected, so that Ctrl+G can say what it needs.
    m_gatewayAction->setChecked(isGateway);
    m_gatewayAction->setText((isGateway ? QStringLiteral("★ ") : QStringLiteral("☆ ")) +
                             tr("&Gateway"));
    m_startCallAction->setEnabled(any);
    m_newCaseAction->setEnabled(any);
}

void GatewayPane::selectInViews()
{
    m_selecting = true;
    const int gatewayRow = m_gatewayModel->rowOf(m_selected);
    if (gatewayRow >= 0)
        m_gatewayView->setCurrentIndex(m_gatewayModel->index(gatewayRow, 0));
    else
        m_gatewayView->selectionModel()->clear();
    const int contactRow = m_searchModel->rowOf(m_selected);
    if (contactRow >= 0)
        m_contactsView->setCurrentIndex(m_searchModel->index(contactRow, 0));
    else
        m_contactsView->selectionModel()->clear();
    m_selecting = false;
}

void GatewayPane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_reporter = reporter;
    m_gatewayModel->setErrorReporter(reporter);
    m_searchModel->setErrorReporter(reporter);
}

void GatewayPane::ensureLoaded()
{
    m_gatewayModel->ensureLoaded();
    m_searchModel->ensureLoaded();
}

} // namespace leverage::ui

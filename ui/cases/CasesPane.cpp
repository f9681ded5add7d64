#include "ui/cases/CasesPane.h"

#include "ui/common/ColumnSizing.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/FocusForwarder.h"
#include "ui/common/LoadStateStack.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/common/ModelRoles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace leverage::ui {

using models::CaseListModel;

CasesPane::CasesPane(Workspace &workspace, QUndoStack &, QWidget *parent)
    : QWidget(parent), m_model(new CaseListModel(workspace, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search titles"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search case titles"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->setAccessibleName(tr("Show cases with status"));
    m_status->addItem(tr("All statuses"), -1);
    for (auto status : {CaseStatus::Open, CaseStatus::Waiting, CaseStatus::Escalated,
                        CaseStatus::Resolved, CaseStatus::Closed})
        m_status->addItem(caseStatusLabel(status), int(status));

    auto *searchLabel = new QLabel(tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_status);

    m_noMatch = new QLabel(tr("No case matches the search and status filter."), this);
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();

    m_view = new QTableView(this);
    // A list of records, not a sheet to fill: arrows go along it, Tab leaves it.
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("casesView"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *header = m_view->horizontalHeader();
    columns::enableChooser(header);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    columns::fit(header, CaseListModel::OrganizationColumn,
                 QStringLiteral("Crestlink Communications"), true);
    columns::fit(header, CaseListModel::StatusColumn, caseStatusLabel(CaseStatus::Waiting), true);
    columns::fit(header, CaseListModel::OpenedColumn, columns::dateTimeSample(), true);
    columns::fit(header, CaseListModel::LastActivityColumn, columns::dateTimeSample(), true);
    // The model sorts in SQL; the indicator starts where the default query does.
    header->setSortIndicator(CaseListModel::LastActivityColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    auto *list = new QWidget(this);
    m_stack = new LoadStateStack(list, this);
    connect(m_stack, &LoadStateStack::retryRequested, this,
            [this] { m_model->setQuery(m_model->query()); });
    m_empty = m_stack->emptyState();
    m_empty->setHeading(tr("No cases yet"));
    m_empty->setText(
        tr("A case is one problem with one company: a refund never filed, a delivery that "
           "never came. Create one, then record each call, e-mail or letter on its timeline."));
    m_empty->setObjectName(QStringLiteral("casesEmptyState"));
    auto *create = m_empty->addButton(tr("Create the first case…"));
    create->setObjectName(QStringLiteral("createFirstCase"));
    connect(create, &QPushButton::clicked, this, &CasesPane::newCaseRequested);

    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_noMatch);
    listLayout->addWidget(m_view, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CasesPane::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesPane::onCurrentRowChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const RowId id = m_model->caseIdAt(index.row()); id > 0)
            Q_EMIT caseActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyState();
        onCurrentRowChanged();
    });
    updateEmptyState();
}

void CasesPane::clearFilters()
{
    m_search->clear();
    m_searchDelay->stop();
    m_status->setCurrentIndex(0); // all statuses
    applyFilter();
}

void CasesPane::addSection(QWidget *section)
{
    layout()->addWidget(section);
    setTabOrder(m_view, section);
}

int CasesPane::sectionsHeight() const
{
    int height = 0;
    for (int i = 0; i < layout()->count(); ++i) {
        QWidget *widget = layout()->itemAt(i)->widget();
        if (widget && widget != m_stack && widget->isVisibleTo(this))
            height += widget->sizeHint().height() + layout()->spacing();
    }
    return height;
}

bool CasesPane::selectCase(RowId caseId)
{
    int row = m_model->rowOfCase(caseId);
    // A case beyond the loaded pages: load on until it shows up or the list ends.
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfCase(caseId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, CaseListModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool CasesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Down && key != Qt::Key_Return && key != Qt::Key_Enter)
        return false;
    // What was typed counts now, not after the typing pause.
    m_searchDelay->stop();
    applyFilter();
    if (m_model->rowCount() == 0)
        return true;
    if (!m_view->selectionModel()->currentIndex().isValid())
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, CaseListModel::TitleColumn),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_view->setFocus(Qt::TabFocusReason);
    return true;
}

RowId CasesPane::currentOrganizationId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const CaseSummary *summary = current.isValid() ? m_model->summaryAt(current.row()) : nullptr;
    return summary ? summary->caseData.organizationId : 0;
}

bool CasesPane::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void CasesPane::applyFilter()
{
    CaseQuery query = m_model->query();
    query.titleContains = m_search->text().trimmed();
    const int status = m_status->currentData().toInt();
    query.status = status < 0 ? std::nullopt : std::optional(CaseStatus(status));
    if (query != m_model->query())
        m_model->setQuery(query);
}

void CasesPane::updateEmptyState()
{
    const bool filtered = m_model->query().status || !m_model->query().titleContains.isEmpty();
    const bool none = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    const bool emptyWorkspace = none && !filtered;
    QWidget *before = m_stack->currentWidget();
    const bool hadFocus = before->isAncestorOf(focusWidget());
    // A list that could not be read is not an empty workspace: the stack shows the failure.
    m_stack->showLoadState(*m_model, emptyWorkspace);
    QWidget *shown = m_stack->currentWidget();
    QWidget *proxy = shown == m_stack->content() ? static_cast<QWidget *>(m_view) : shown;
    FocusForwarder::of(this).setTarget(proxy);
    if (shown != before && hadFocus)
        proxy->setFocus();
    m_noMatch->setVisible(none && filtered && !m_model->loadFailed());
}

void CasesPane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_model->setErrorReporter(reporter);
}

void CasesPane::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const RowId id = current.isValid() ? m_model->caseIdAt(current.row()) : 0;
    if (id == m_currentCaseId)
        return;
    m_currentCaseId = id;
    Q_EMIT currentCaseChanged(id);
}

void CasesPane::restoreSelection()
{
    // A reload (new filter or order) keeps the case the user was on when it is still listed.
    if (m_currentCaseId > 0 && m_model->rowOfCase(m_currentCaseId) >= 0)
        selectCase(m_currentCaseId);
    else
        onCurrentRowChanged();
}

} // namespace leverage::ui

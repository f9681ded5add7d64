#include "ui/escalation/EscalationPane.h"

#include "ui/escalation/EscalateDialog.h"

#include "ui/escalation/EscalationPathView.h"
#include "ui/escalation/EscalationStepDelegate.h"
#include "ui/escalation/EscalationStepDialog.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/escalation/EscalationPathModel.h"

#include <QAction>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

using Model = models::EscalationPathModel;

enum Page
{
    NoCasePage,
    EmptyPage,
    PathPage
};

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

EscalationPane::EscalationPane(Workspace &workspace, QUndoStack &undoStack,
                               models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_model(new Model(workspace, undoStack, reporter, this)),
      m_view(new EscalationPathView(this)), m_pages(new QStackedWidget(this)),
      m_where(new QLabel(this)), m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new EscalationStepDelegate(m_view));
    m_view->setAccessibleName(tr("Escalation path"));
    createActions();

    auto *title = new QLabel(tr("<b>Escalation path</b>"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(buttonFor(m_escalate, this));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);

    auto *noCase = new QLabel(tr("Choose a case to see its escalation path."), this);
    noCase->setAlignment(Qt::AlignCenter);
    noCase->setWordWrap(true);
    m_pages->insertWidget(NoCasePage, noCase);
    m_pages->insertWidget(EmptyPage, createEmptyState());
    m_pages->insertWidget(PathPage, m_view);

    auto *templateButton = new QPushButton(tr("Template…"), this);
    templateButton->setToolTip(tr("Start the path from a template"));
    auto *templates = new QMenu(templateButton);
    templates->addAction(m_usualClimb);
    templates->addAction(m_emptyPath);
    templateButton->setMenu(templates);
    auto *tools = new QHBoxLayout;
    tools->addWidget(buttonFor(m_addStep, this));
    tools->addWidget(templateButton);
    tools->addStretch(1);
    // Arrows keep the row narrow enough for a side pane; names and tooltips say what they do.
    for (auto *action : {m_moveUp, m_moveDown}) {
        auto *button = buttonFor(action, this);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(action->toolTip());
        tools->addWidget(button);
    }
    tools->addWidget(buttonFor(m_remove, this));

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setContentsMargins(6, 4, 6, 4);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_where);
    layout->addWidget(m_pages, 1);
    layout->addLayout(tools);
    layout->addWidget(m_message);

    connect(m_view, &QWidget::customContextMenuRequested, this, &EscalationPane::showContextMenu);
    connect(m_model, &Model::errorOccurred, this, &EscalationPane::showResult);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &EscalationPane::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EscalationPane::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &EscalationPane::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EscalationPane::updateState);
    connect(m_view, &QAbstractItemView::activated, this, &EscalationPane::editSelected);
    // Both: a mouse click makes the row current before it selects it, and the move actions
    // need the selection (else the first Ctrl+Down after a click moves only the cursor).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EscalationPane::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EscalationPane::updateState);
    updateState();
}

EscalationPane::~EscalationPane() = default;

void EscalationPane::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &shortcut,
                             std::function<void()> slot) {
        auto *action = new QAction(text, this);
        const auto plain = QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        action->setToolTip(plain);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
            addAction(action);
        }
        connect(action, &QAction::triggered, this, std::move(slot));
        return action;
    };
    m_addStep = make(tr("&Add step…"), {}, [this] { addStep(); });
    // Ctrl+Shift+E belongs to the window's Escalate action (it works from any pane); this
    // one only names it.
    m_escalate = make(tr("&Escalate…"), {}, [this] { escalate(); });
    m_moveUp =
        make(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    m_moveDown =
        make(tr("Move &down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(1); });
    m_edit = make(tr("&Edit…"), {}, [this] { editSelected(); });
    // Delete and F2 are the window's: it asks the focused pane (focusedItem) what they act on.
    m_remove = make(tr("&Remove"), {}, [this] { removeSelected(); });
    m_markCurrent = make(tr("Mark as &current"), {}, [this] { markSelectedCurrent(); });
    m_usualClimb = make(tr("The &usual climb (front line to small-claims court)"), {}, [this] {
        showResult(m_model->applyTemplate(EscalationTemplate::UsualClimb).message());
    });
    m_emptyPath = make(tr("An &empty path: add steps one by one"), {}, [this] { addStep(); });
    m_moveUp->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_moveDown->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
}

QWidget *EscalationPane::createEmptyState()
{
    auto *page = new QWidget(this);
    auto *text = new QLabel(
        tr("This case has no escalation path yet.\n\nPlan who you will go to if the current "
           "level does not resolve it. Start from the usual climb (front-line service, "
           "supervisor, manager, executive office, regulator or ombudsman, small-claims court) "
           "and reorder it as you learn who has power, or add steps one by one. You can also "
           "drag a contact here."),
        page);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *useClimb = new QPushButton(tr("Start from the usual climb"), page);
    useClimb->setObjectName(QStringLiteral("startUsualClimb"));
    auto *addOne = new QPushButton(tr("Add a step…"), page);
    connect(useClimb, &QPushButton::clicked, m_usualClimb, &QAction::trigger);
    connect(addOne, &QPushButton::clicked, m_addStep, &QAction::trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(useClimb);
    buttons->addWidget(addOne);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch(1);
    // A contact dropped on the empty state starts the path with that person.
    page->setAcceptDrops(true);
    page->installEventFilter(this);
    m_emptyPage = page;
    return page;
}

bool EscalationPane::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (watched != m_emptyPage ||
        (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop))
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const bool copyable = (drop->possibleActions() & Qt::CopyAction) &&
                          m_model->canDropMimeData(drop->mimeData(), Qt::CopyAction, -1, 0, {});
    if (!copyable) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    if (type == QEvent::Drop &&
        !m_model->dropMimeData(drop->mimeData(), Qt::CopyAction, -1, 0, {})) {
        drop->ignore();
        return true;
    }
    drop->accept();
    return true;
}

void EscalationPane::setCaseId(RowId caseId)
{
    m_model->setCaseId(caseId);
    m_message->hide();
    updateState();
}

RowId EscalationPane::caseId() const
{
    return m_model->caseId();
}

QListView *EscalationPane::view() const
{
    return m_view;
}

QString EscalationPane::whereText() const
{
    return m_where->text();
}

QString EscalationPane::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

FocusedItem EscalationPane::focusedItem() const
{
    const int row = selectedRow();
    if (row < 0)
        return {};
    return {tr("the escalation step “%1”").arg(escalationStepLabel(m_model->index(row))),
            [pane = const_cast<EscalationPane *>(this)] { pane->editSelected(); },
            [pane = const_cast<EscalationPane *>(this)] { pane->removeSelected(); }};
}

int EscalationPane::selectedRow() const
{
    const auto index = m_view->selectionModel()->currentIndex();
    return index.isValid() && m_view->selectionModel()->isSelected(index) ? index.row() : -1;
}

RowId EscalationPane::selectedStepId() const
{
    const int row = selectedRow();
    return row < 0 ? 0 : m_model->stepAt(row).meta.id;
}

void EscalationPane::selectStep(RowId stepId)
{
    const auto index = m_model->indexOfStep(stepId);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void EscalationPane::showResult(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

void EscalationPane::updateState()
{
    const bool hasCase = m_model->caseId() > 0;
    const int rows = m_model->rowCount();
    m_pages->setCurrentIndex(!hasCase ? NoCasePage : rows == 0 ? EmptyPage : PathPage);
    const int row = selectedRow();
    m_addStep->setEnabled(hasCase);
    m_usualClimb->setEnabled(hasCase && rows == 0);
    m_emptyPath->setEnabled(hasCase);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < rows - 1);
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_markCurrent->setEnabled(row >= 0 && !m_model->index(row).data(Model::IsCurrentRole).toBool());

    // Where the case stands (read with the timeline), and what Escalate will do.
    const int current = m_model->currentRow();
    const int next = m_model->nextRow();
    m_escalate->setEnabled(next >= 0);
    QString where;
    if (hasCase && rows > 0) {
        if (current >= 0) {
            const auto index = m_model->index(current);
            const auto reached = index.data(Model::ReachedAtRole).toDateTime();
            where = reached.isValid()
                        ? tr("Now at: %1, reached %2.")
                              .arg(escalationStepLabel(index), models::shortDateTime(reached))
                        : tr("Now at: %1.").arg(escalationStepLabel(index));
        } else
            where = tr("Not started.");
        if (next >= 0)
            where +=
                QLatin1Char(' ') + tr("Next: %1.").arg(escalationStepLabel(m_model->index(next)));
        else
            where += QLatin1Char(' ') + tr("No planned step after it.");
    }
    m_where->setText(where);
    m_where->setVisible(!where.isEmpty());
    const auto escalateTip =
        next < 0      ? tr("Add a planned step to escalate to")
        : current < 0 ? tr("Start the climb at %1").arg(escalationStepLabel(m_model->index(next)))
                      : tr("Mark %1 done and make %2 current")
                            .arg(escalationStepLabel(m_model->index(current)),
                                 escalationStepLabel(m_model->index(next)));
    m_escalate->setToolTip(tr("%1: choose whom and how (Ctrl+Shift+E)").arg(escalateTip));
}

void EscalationPane::showContextMenu(const QPoint &position)
{
    const auto index = m_view->indexAt(position);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_markCurrent);
        menu.addAction(m_remove);
        menu.addSeparator();
    }
    menu.addAction(m_addStep);
    menu.addAction(m_escalate);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EscalationPane::moveSelected(int delta)
{
    const int row = selectedRow();
    const auto id = selectedStepId();
    if (row < 0 || row + delta < 0 || row + delta >= m_model->rowCount())
        return;
    showResult(m_model->moveStep(id, row + delta).message());
    selectStep(id);
}

void EscalationPane::addStep()
{
    if (m_model->caseId() <= 0)
        return;
    EscalationStepDialog dialog(m_workspace, this);
    dialog.setWindowTitle(tr("Add escalation step"));
    EscalationStep step;
    step.caseId = m_model->caseId();
    dialog.setStep(step);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // After the selected step, or at the end.
    const int row = selectedRow();
    showResult(m_model->addSteps({dialog.step()}, row < 0 ? -1 : row + 1).message());
}

void EscalationPane::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    EscalationStepDialog dialog(m_workspace, this);
    dialog.setWindowTitle(tr("Edit escalation step"));
    dialog.setStep(m_model->stepAt(row));
    if (dialog.exec() == QDialog::Accepted)
        showResult(m_model->editStep(dialog.step()).message());
}

void EscalationPane::removeSelected()
{
    if (const auto id = selectedStepId())
        showResult(m_model->removeStep(id).message());
}

void EscalationPane::markSelectedCurrent()
{
    if (const auto id = selectedStepId())
        showResult(m_model->makeCurrent(id).message());
}

void EscalationPane::escalate()
{
    if (m_model->caseId() <= 0)
        return;
    if (m_model->nextRow() < 0) {
        showResult(m_model->escalate().message()); // core's sentence: add a step first
        return;
    }
    EscalateDialog dialog(m_workspace, *m_model, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showResult(m_model->escalate(dialog.attempt()).message());
    if (const int current = m_model->currentRow(); current >= 0)
        m_view->scrollTo(m_model->index(current));
}

} // namespace leverage::ui

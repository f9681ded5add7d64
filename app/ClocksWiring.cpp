#include "app/ClocksWiring.h"

#include "core/clocks/ClockAgenda.h"
#include "core/clocks/ClockReadiness.h"
#include "core/ledger/ReminderScheduler.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/clocks/ClocksPane.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/models/escalation/EscalationPathModel.h"
#include "ui/models/ledger/AgendaModel.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

namespace leverage::app {

ClocksWiring::ClocksWiring(ui::MainWindow &window, QDockWidget *beside, QObject *parent)
    : QObject(parent), m_window(window)
{
    using ui::DockedPanes;
    m_dock = m_window.addPaneDock(DockedPanes::specFor<ui::ClocksPane>(
        tr("Clocks"), QStringLiteral("clocksDock"), Qt::RightDockWidgetArea,
        DockedPanes::Shows::SelectedCase, [this](ui::ClocksPane *pane) { m_pane = pane; }));
    if (beside && !m_window.hasSavedLayout()) {
        m_window.tabifyDockWidget(beside, m_dock);
        beside->raise();
    }

    m_rules = new QAction(tr("Cloc&k Rules…"), &m_window);
    m_rules->setObjectName(QStringLiteral("clockRulesAction"));
    m_rules->setShortcut(QKeySequence(tr("Ctrl+Shift+J")));
    m_rules->setToolTip(tr("The deadline rules of the clocks: read, add, edit, import, export "
                           "(Ctrl+Shift+J)"));
    connect(m_rules, &QAction::triggered, this, [this] {
        if (m_pane)
            m_pane->showRules();
    });
    m_window.addAction(m_rules);

    // The keyboard's way to a clock: the pane comes forward with the event dialog open.
    m_addEvent = new QAction(tr("Add Clock E&vent…"), &m_window);
    m_addEvent->setObjectName(QStringLiteral("addClockEventAction"));
    m_addEvent->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_addEvent->setToolTip(tr("Record what a clock of the selected case counts from: a complaint "
                              "received, a final response … (Ctrl+Shift+G)"));
    connect(m_addEvent, &QAction::triggered, this, [this] {
        if (!m_pane || m_window.currentCaseId() <= 0)
            return;
        m_dock->show();
        m_dock->raise();
        m_pane->addEvent();
    });
    m_window.addAction(m_addEvent);

    // The entry the clock counts from, taken from the timeline: its date fills the event's.
    m_markTrigger = new QAction(tr("M&ark as Clock Trigger…"), &m_window);
    m_markTrigger->setObjectName(QStringLiteral("markClockTriggerAction"));
    m_markTrigger->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_markTrigger->setToolTip(tr("The selected timeline entry is what a clock counts from: a "
                                 "complaint received, a final response … (Ctrl+Shift+B)"));
    connect(m_markTrigger, &QAction::triggered, this, &ClocksWiring::markTrigger);
    m_window.addAction(m_markTrigger);
    for (QAction *top : m_window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (menu && menu->actions().contains(m_window.actions().newCommitment)) {
            menu->addSeparator();
            menu->addAction(m_addEvent);
            menu->addAction(m_markTrigger);
            menu->addAction(m_rules);
        }
    }
    connect(&m_window, &ui::MainWindow::workspaceInstalled, this, &ClocksWiring::watchTimeline);
    watchTimeline();
}

void ClocksWiring::attach(ui::AgendaPane *agenda)
{
    if (!agenda || !agenda->model())
        return;
    Workspace &workspace = m_window.workspace(); // the pane's: it goes with its workspace
    agenda->model()->setDatedRows([&workspace]() -> Result<QList<FollowUp>> {
        auto items = clocks::ClockAgenda::items(workspace);
        if (!items)
            return items.error();
        return clocks::ClockAgenda::asFollowUps(*items, workspace.clock().now().offsetFromUtc());
    });
}

void ClocksWiring::attach(ReminderScheduler &scheduler)
{
    Workspace &workspace = m_window.workspace();
    scheduler.setDatedMoments([&workspace] {
        QList<ReminderScheduler::Dated> moments;
        auto items = clocks::ClockAgenda::items(workspace);
        if (!items) {
            logging::get("clocks")->warn("reminders: the clocks could not be read");
            return moments;
        }
        const int offset = workspace.clock().now().offsetFromUtc();
        for (const auto &item : std::as_const(*items))
            moments.append({clocks::ClockAgenda::reminderAt(item, offset), item.caseId, item.what});
        return moments;
    });
}

void ClocksWiring::watchTimeline()
{
    auto *timeline = m_window.timelinePane();
    if (!timeline || !timeline->entriesView() || timeline->entriesView() == m_watchedView)
        return;
    m_watchedView = timeline->entriesView();
    m_watchedView->addAction(m_markTrigger);
    m_watchedView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ClocksWiring::markTrigger()
{
    auto *timeline = m_window.timelinePane();
    const ui::ItemRef item = timeline ? timeline->currentItem() : ui::ItemRef{};
    if (!m_pane || m_window.currentCaseId() <= 0 || item.kind != ui::ItemRef::Kind::Entry) {
        m_window.showError(tr("Select an entry of the case's timeline first: the clock counts "
                              "from its date."));
        return;
    }
    m_dock->show();
    m_dock->raise();
    m_pane->markEntry(item.id);
}

void ClocksWiring::attach(ui::EscalationPane *escalation)
{
    if (escalation && escalation->model())
        escalation->model()->setReadiness(
            std::make_unique<clocks::ClockReadiness>(m_window.workspace()));
}

} // namespace leverage::app

#include "app/ClocksWiring.h"

#include "core/clocks/ClockReadiness.h"
#include "ui/clocks/ClocksPane.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/models/escalation/EscalationPathModel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

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
    for (QAction *top : m_window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (menu && menu->actions().contains(m_window.actions().newCommitment)) {
            menu->addSeparator();
            menu->addAction(m_addEvent);
            menu->addAction(m_rules);
        }
    }
}

void ClocksWiring::attach(ui::EscalationPane *escalation)
{
    if (escalation && escalation->model())
        escalation->model()->setReadiness(
            std::make_unique<clocks::ClockReadiness>(m_window.workspace()));
}

} // namespace leverage::app

#include "app/OutcomesWiring.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/outcomes/CaseOutcomeChoices.h"
#include "ui/models/outcomes/CloseCaseCommand.h"
#include "ui/models/outcomes/ReopenCaseCommand.h"
#include "ui/models/outcomes/TroubleCostCommand.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/outcomes/CloseCaseDialog.h"
#include "ui/outcomes/OutcomesWindow.h"
#include "ui/outcomes/RegulatorFormDialog.h"
#include "ui/outcomes/TroubleCostsDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace leverage::app {

OutcomesWiring::OutcomesWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    m_close = new QAction(tr("Close Case w&ith Outcome…"), &m_window);
    m_close->setObjectName(QStringLiteral("closeCaseWithOutcome"));
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_close->setToolTip(tr("Close the selected case: how it ended, what the company gave and "
                           "what resolved it (Ctrl+Shift+O)"));
    connect(m_close, &QAction::triggered, this, &OutcomesWiring::closeCase);

    m_reopen = new QAction(tr("Reo&pen Case"), &m_window);
    m_reopen->setObjectName(QStringLiteral("reopenCase"));
    connect(m_reopen, &QAction::triggered, this, &OutcomesWiring::reopenCase);

    m_form = new QAction(tr("E&xport for a Regulator…"), &m_window);
    m_form->setObjectName(QStringLiteral("regulatorForm"));
    m_form->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_form->setToolTip(tr("The selected case as a consumer regulator's complaint form: text to "
                          "paste, or JSON to upload (Ctrl+Shift+R)"));
    connect(m_form, &QAction::triggered, this, &OutcomesWiring::showRegulatorForm);

    m_costs = new QAction(tr("Time a&nd Trouble Costs…"), &m_window);
    m_costs->setObjectName(QStringLiteral("troubleCosts"));
    m_costs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_costs->setToolTip(tr("What the selected case cost you out of pocket (postage, calls, "
                           "travel) and what an hour of your time is worth (Ctrl+Shift+H)"));
    connect(m_costs, &QAction::triggered, this, &OutcomesWiring::editCosts);

    m_show = new QAction(tr("O&utcomes"), &m_window);
    m_show->setObjectName(QStringLiteral("showOutcomes"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_show->setToolTip(tr("What each company paid out, month by month and contact by contact "
                          "(Ctrl+Shift+U)"));
    connect(m_show, &QAction::triggered, this, &OutcomesWiring::showOutcomes);

    for (QAction *action : {m_close, m_reopen, m_form, m_costs, m_show})
        m_window.addAction(action); // from any pane
    // After the case's other edits in the Edit menu; the window at the end of View
    // (the panes' Ctrl+1…9 go-tos keep their places).
    QMenu *edit = m_window.editMenu();
    const auto actions = edit->actions();
    QAction *before = actions.value(actions.indexOf(m_window.actions().newOrganization) + 1);
    edit->insertAction(before, m_close);
    edit->insertAction(before, m_reopen);
    edit->insertAction(before, m_form);
    edit->insertAction(before, m_costs);
    m_window.viewMenu()->addSeparator();
    m_window.viewMenu()->addAction(m_show);

    connect(&m_window, &ui::MainWindow::workspaceInstalled, this, [this] {
        connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
                &OutcomesWiring::updateActions);
        delete m_outcomes; // it read the previous workspace
        updateActions();
    });
    if (m_window.casesPane())
        connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
                &OutcomesWiring::updateActions);
    connect(&m_window.undoStack(), &QUndoStack::indexChanged, this, &OutcomesWiring::updateActions);
    updateActions();
}

void OutcomesWiring::updateActions()
{
    const RowId caseId = m_window.currentCaseId();
    m_close->setEnabled(caseId > 0);
    m_form->setEnabled(caseId > 0);
    m_costs->setEnabled(caseId > 0);
    bool closed = false;
    if (caseId > 0)
        if (auto record = OutcomeRepository(m_window.workspace()).get(caseId); record && *record)
            closed = (*record)->isClosed();
    m_reopen->setEnabled(closed);
}

void OutcomesWiring::closeCase()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0)
        return;
    auto choices = models::CaseOutcomeChoices::read(m_window.workspace(), caseId);
    if (!choices) {
        m_window.showError(choices.message());
        return;
    }
    ui::CloseCaseDialog dialog(*choices, m_window.workspace().clock().now(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto record = dialog.outcome();
    record.caseId = caseId;
    models::UndoPusher pusher(m_window.undoStack(), m_window);
    if (auto status = pusher.push(
            std::make_unique<models::CloseCaseCommand>(m_window.workspace(), std::move(record)));
        !status) {
        m_window.showError(status.message());
        return;
    }
    m_window.statusBar()->showMessage(tr("Case closed. Undo with Ctrl+Z."), 8000);
}

void OutcomesWiring::editCosts()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0)
        return;
    Workspace &workspace = m_window.workspace();
    auto theCase = workspace.cases().get(caseId);
    auto current = models::TroubleCostCommand::read(workspace, caseId);
    if (!theCase || !current) {
        m_window.showError(!theCase ? theCase.message() : current.message());
        return;
    }
    ui::TroubleCostsDialog dialog(theCase->title, *current, theCase->currency,
                                  workspace.clock().now().date(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto after = dialog.costs();
    if (after.costs == current->costs && after.hourly == current->hourly)
        return; // nothing changed: no empty step on the undo stack
    models::UndoPusher pusher(m_window.undoStack(), m_window);
    if (auto status = pusher.push(
            std::make_unique<models::TroubleCostCommand>(workspace, caseId, std::move(after)));
        !status) {
        m_window.showError(status.message());
        return;
    }
    m_window.statusBar()->showMessage(tr("Costs saved. Undo with Ctrl+Z."), 8000);
}

void OutcomesWiring::reopenCase()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0)
        return;
    models::UndoPusher pusher(m_window.undoStack(), m_window);
    const Instant now = Instant::fromDateTime(m_window.workspace().clock().now());
    if (auto status = pusher.push(
            std::make_unique<models::ReopenCaseCommand>(m_window.workspace(), caseId, now));
        !status)
        m_window.showError(status.message());
}

void OutcomesWiring::showRegulatorForm()
{
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0)
        return;
    auto form = outcomes::RegulatorForm::of(m_window.workspace(), caseId);
    if (!form) {
        m_window.showError(form.message());
        return;
    }
    ui::RegulatorFormDialog dialog(std::move(*form), m_window, &m_window);
    dialog.exec();
}

ui::OutcomesWindow *OutcomesWiring::outcomesWindow() const
{
    return m_outcomes;
}

void OutcomesWiring::showOutcomes()
{
    if (!m_outcomes)
        m_outcomes = new ui::OutcomesWindow(m_window.workspace(), m_window, &m_window);
    m_outcomes->show();
    m_outcomes->raise();
    m_outcomes->activateWindow();
}

} // namespace leverage::app

#include "app/LetterWiring.h"

#include "ui/cases/CasesPane.h"
#include "ui/letters/LetterTemplatesDialog.h"
#include "ui/letters/LettersPane.h"
#include "ui/letters/MyDetailsDialog.h"
#include "ui/models/letters/EditMyDetailsCommand.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace leverage::app {

LetterWiring::LetterWiring(ui::MainWindow &window, QDockWidget *tabWith, QObject *parent)
    : QObject(parent), m_window(window)
{
    using ui::DockedPanes;
    m_dock = m_window.addPaneDock(DockedPanes::specFor<ui::LettersPane>(
        tr("Letters"), QStringLiteral("lettersDock"), Qt::BottomDockWidgetArea,
        DockedPanes::Shows::SelectedCase, [this](ui::LettersPane *pane) {
            m_pane = pane;
            connect(pane, &ui::LettersPane::message, this,
                    [this](const QString &text) { m_window.statusBar()->showMessage(text, 8000); });
        }));
    // A first run: a tab beside the ledger, behind it. (A saved layout keeps its own place
    // for the dock, and its tab in front.)
    if (m_window.hasSavedLayout()) {
        m_window.restoreLayout();
    } else if (tabWith) {
        m_window.tabifyDockWidget(tabWith, m_dock);
        tabWith->raise();
    }

    m_newLetter = new QAction(tr("Ne&w Letter…"), &m_window);
    m_newLetter->setObjectName(QStringLiteral("newLetter"));
    m_newLetter->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
    m_newLetter->setToolTip(tr("Write a letter from the selected case: a complaint, an "
                               "escalation, a thank-you … (Ctrl+Shift+W)"));
    connect(m_newLetter, &QAction::triggered, this, &LetterWiring::newLetter);
    m_window.addAction(m_newLetter); // from any pane

    m_myDetails = new QAction(tr("&My Details…"), &m_window);
    m_myDetails->setObjectName(QStringLiteral("myDetails"));
    m_myDetails->setToolTip(tr("Your name, address, phone and e-mail for letters"));
    connect(m_myDetails, &QAction::triggered, this, &LetterWiring::editMyDetails);

    m_templates = new QAction(tr("Letter &Templates…"), &m_window);
    m_templates->setObjectName(QStringLiteral("letterTemplates"));
    connect(m_templates, &QAction::triggered, this, [this] {
        ui::LetterTemplatesDialog dialog(
            m_window.workspace(), models::UndoPusher(m_window.undoStack(), m_window), &m_window);
        dialog.exec();
    });

    // After New Commitment, where a case's other new things are; My Details before Quit.
    for (QAction *top : m_window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu || !menu->actions().contains(m_window.actions().newCommitment))
            continue;
        const auto actions = menu->actions();
        menu->insertAction(actions.value(actions.indexOf(m_window.actions().newCommitment) + 1),
                           m_newLetter);
    }
    QMenu *file = m_window.fileMenu();
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(quit, m_myDetails);
    file->insertAction(quit, m_templates);
    file->insertSeparator(quit);
    m_window.mainToolBar()->addAction(m_newLetter);

    connect(&m_window, &ui::MainWindow::workspaceInstalled, this, [this] {
        connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
                &LetterWiring::updateActions);
        updateActions();
    });
    if (m_window.casesPane()) {
        connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
                &LetterWiring::updateActions);
    }
    updateActions();
}

void LetterWiring::updateActions()
{
    m_newLetter->setEnabled(m_window.currentCaseId() > 0);
}

void LetterWiring::newLetter()
{
    if (!m_pane)
        return;
    m_dock->show();
    m_dock->raise();
    m_pane->newLetter();
}

void LetterWiring::editMyDetails()
{
    auto &workspace = m_window.workspace();
    auto details = models::EditMyDetailsCommand::read(workspace);
    if (!details) {
        m_window.showError(details.message());
        return;
    }
    ui::MyDetailsDialog dialog(*details, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.details() == *details)
        return;
    models::UndoPusher pusher(m_window.undoStack(), m_window);
    if (auto status = pusher.push(
            std::make_unique<models::EditMyDetailsCommand>(workspace, dialog.details()));
        !status)
        m_window.showError(status.message());
}

} // namespace leverage::app

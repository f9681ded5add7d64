#include "app/FeatureWiring.h"

#include "app/AppInfo.h"
#include "app/ClocksWiring.h"
#include "app/LetterWiring.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/backup/ArchiveController.h"
#include "ui/backup/BackupController.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/contacts/ContactsTransfer.h"
#include "ui/contacts/GatewayPane.h"
#include "ui/dossier/DossierPrintController.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/ledger/LedgerReminders.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <algorithm>

namespace leverage::app {
FeatureWiring::FeatureWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    addDocks();
    addActions();
    // After the others, so their Ctrl+N stay; beside the escalation path on a first run.
    m_clocks = new ClocksWiring(m_window, m_escalationDock, this);
    m_clocks->attach(m_escalation);
    m_clocks->attach(m_agenda);
    m_letters = new LetterWiring(m_window, m_ledgerDock, this);
    connect(&m_window, &ui::MainWindow::workspaceInstalled, this,
            &FeatureWiring::onWorkspaceInstalled);
    connect(&m_window, &ui::MainWindow::workspaceAboutToClose, this,
            &FeatureWiring::onWorkspaceAboutToClose);
    m_window.installEventFilter(this); // for its first paint
    // The window installed its first workspace before this object existed.
    onWorkspaceInstalled();
}

FeatureWiring::~FeatureWiring() = default;

ui::EscalationPane *FeatureWiring::escalationPane() const
{
    return m_escalation;
}

ui::CallNotesPane *FeatureWiring::callNotesPane() const
{
    return m_calls;
}

ui::LedgerPane *FeatureWiring::ledgerPane() const
{
    return m_ledger;
}

ui::AgendaPane *FeatureWiring::agendaPane() const
{
    return m_agenda;
}

ui::GatewayPane *FeatureWiring::gatewayPane() const
{
    return m_gateways;
}

ui::ContactPagePane *FeatureWiring::contactPagePane() const
{
    return m_contactPage;
}

void FeatureWiring::addDocks()
{
    using ui::DockedPanes;
    m_escalationDock = m_window.addPaneDock(DockedPanes::specFor<ui::EscalationPane>(
        tr("Escalation Path"), QStringLiteral("escalationDock"), Qt::RightDockWidgetArea,
        DockedPanes::Shows::SelectedCase, [this](ui::EscalationPane *pane) {
            m_escalation = pane;
            if (m_clocks)
                m_clocks->attach(pane);
            connect(pane, &ui::EscalationPane::errorOccurred, &m_window,
                    &ui::MainWindow::showError);
        }));
    m_callDock = m_window.addPaneDock(DockedPanes::specFor<ui::CallNotesPane>(
        tr("Call Notes"), QStringLiteral("callNotesDock"), Qt::RightDockWidgetArea,
        DockedPanes::Shows::SelectedCase, [this](ui::CallNotesPane *pane) {
            m_calls = pane;
            connect(pane, &ui::CallNotesPane::callStarted, this, &FeatureWiring::showCallDock);
            connect(pane, &ui::CallNotesPane::callEnded, this,
                    &FeatureWiring::hideCallDockAfterCall);
            connect(pane, &ui::CallNotesPane::callFiled, this, [this](RowId caseId, RowId) {
                openCase(caseId);
                m_window.statusBar()->showMessage(tr("The call was filed on the timeline."), 5000);
            });
        }));
    m_ledgerDock = m_window.addPaneDock(DockedPanes::specFor<ui::LedgerPane>(
        tr("Promise Ledger"), QStringLiteral("ledgerDock"), Qt::BottomDockWidgetArea,
        DockedPanes::Shows::Workspace, [this](ui::LedgerPane *pane) {
            m_ledger = pane;
            connect(pane, &ui::LedgerPane::openCase, this, &FeatureWiring::openCase);
            // "Escalate…" after a broken promise: the same dialog as the window's Escalate.
            connect(pane, &ui::LedgerPane::escalateRequested, this,
                    [this](RowId caseId, RowId) { escalate(caseId); });
        }));
    m_agendaDock = m_window.addPaneDock(DockedPanes::specFor<ui::AgendaPane>(
        tr("Agenda"), QStringLiteral("agendaDock"), Qt::BottomDockWidgetArea,
        DockedPanes::Shows::Workspace, [this](ui::AgendaPane *pane) {
            m_agenda = pane;
            if (m_clocks)
                m_clocks->attach(pane);
            connect(pane, &ui::AgendaPane::openCase, this, &FeatureWiring::openCase);
            connect(pane, &ui::AgendaPane::openContact, this, [this](RowId contactId) {
                if (m_contactPage)
                    m_contactPage->setContactId(contactId);
                if (m_gateways) // the person on the page is the one Ctrl+G bookmarks
                    m_gateways->setSelectedContact(contactId);
                showDock(m_contactPageDock);
            });
        }));
    m_gatewayDock = m_window.addPaneDock(DockedPanes::specFor<ui::GatewayPane>(
        tr("Gateways"), QStringLiteral("gatewayDock"), Qt::BottomDockWidgetArea,
        DockedPanes::Shows::Workspace, [this](ui::GatewayPane *pane) {
            m_gateways = pane;
            connect(pane, &ui::GatewayPane::startCallWith, this, [this](RowId contactId) {
                showCallDock();
                if (m_calls)
                    m_calls->startCallWith(contactId);
            });
            connect(pane, &ui::GatewayPane::contactActivated, this, [this](RowId contactId) {
                if (m_contactPage)
                    m_contactPage->setContactId(contactId);
                showDock(m_contactPageDock);
            });
            connect(pane, &ui::GatewayPane::newCaseThrough, this,
                    [this] { m_window.actions().newCase->trigger(); });
            connect(pane, &ui::GatewayPane::hint, this,
                    [this](const QString &text) { m_window.statusBar()->showMessage(text, 8000); });
            // In the Edit menu, so that Ctrl+G works while the Gateways tab is out of sight.
            // (Each workspace makes its pane anew; the old pane's action left with it.)
            QMenu *edit = m_window.editMenu();
            if (edit->actions().isEmpty() || !edit->actions().constLast()->isSeparator())
                edit->addSeparator();
            edit->addAction(pane->gatewayAction());
        }));
    m_contactPageDock = m_window.addPaneDock(DockedPanes::specFor<ui::ContactPagePane>(
        tr("Contact Page"), QStringLiteral("contactPageDock"), Qt::RightDockWidgetArea,
        DockedPanes::Shows::Workspace,
        [this](ui::ContactPagePane *pane) { m_contactPage = pane; }));

    m_callDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    // The layout the user left wins: closed docks stay closed, the tab in front stays in front.
    if (m_window.hasSavedLayout()) {
        m_window.restoreLayout();
        return;
    }
    // A first-run layout that is not cramped: the path beside the timeline, the lists below
    // as tabs, the call notes out of the way until a call starts.
    m_window.tabifyDockWidget(m_ledgerDock, m_agendaDock);
    m_window.tabifyDockWidget(m_agendaDock, m_gatewayDock);
    m_ledgerDock->raise();
    // A person's page under the contacts tree, at the column's full height (below the tree
    // it reads as the tree's detail; at the bottom it needed scrolling to its track record).
    m_window.tabifyDockWidget(m_escalationDock, m_contactPageDock);
    m_window.tabifyDockWidget(m_escalationDock, m_callDock);
    m_escalationDock->raise();
    // An empty call pane would only take the escalation path's room: it comes with a call.
    m_callDock->close();
    // The window's minimum size was last worked out with these docks one above another; work
    // it out again now they share tabs, or a 768-pixel screen gets a taller window.
    m_window.layout()->activate();
    // Sizes once the window has its size (before that, the layout scales them away): the
    // lists below start low, so the cases and the timeline keep most of the height, and the
    // cases pane holds a few cases or the whole "what to do first" message of an empty one.
    QTimer::singleShot(0, &m_window, [this] {
        const bool empty = m_window.casesPane() && m_window.casesPane()->model()->rowCount() == 0;
        // In proportion to the screen, so that a 1366×768 laptop keeps a dozen timeline rows
        // and a large screen does not leave the lists below a few lines high.
        const int height = m_window.height();
        const int cases = empty ? 280 : std::clamp(height * 22 / 100, 140, 300);
        const int lists = std::clamp(height * 26 / 100, 180, 360);
        m_window.resizeDocks({m_window.casesDock(), m_ledgerDock}, {cases, lists}, Qt::Vertical);
    });
}

void FeatureWiring::addActions()
{
    m_startCall = new QAction(tr("Start &Call"), &m_window);
    m_startCall->setObjectName(QStringLiteral("startCallOnCase"));
    m_startCall->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_startCall->setToolTip(tr("Start a call on the selected case (in Gateways: with the selected "
                               "person): a timer, notes and the checklist (Ctrl+Shift+L)"));
    connect(m_startCall, &QAction::triggered, this, &FeatureWiring::startCall);

    // Window-wide: from any pane, while a case is selected (the path's pane shows the case).
    m_escalate = new QAction(tr("E&scalate…"), &m_window);
    m_escalate->setObjectName(QStringLiteral("escalateCase"));
    m_escalate->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_escalate->setToolTip(tr("Go to the next level of the selected case's escalation path: "
                              "choose whom and how (Ctrl+Shift+E)"));
    connect(m_escalate, &QAction::triggered, this, [this] { escalate(m_window.currentCaseId()); });
    m_window.addAction(m_escalate);

    m_printPreview = new QAction(tr("Print Pre&view…"), &m_window);
    m_printPreview->setObjectName(QStringLiteral("printPreview"));
    m_print = new QAction(tr("&Print Dossier…"), &m_window);
    m_print->setObjectName(QStringLiteral("printDossier"));
    m_print->setShortcut(QKeySequence::Print);
    m_exportPdf = new QAction(tr("Export Dossier as P&DF…"), &m_window);
    m_exportPdf->setObjectName(QStringLiteral("exportDossier"));
    m_exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_importContacts = new QAction(tr("&Import Contacts (vCard)…"), &m_window);
    m_importContacts->setObjectName(QStringLiteral("importContacts"));
    m_exportContacts = new QAction(tr("E&xport Contacts (vCard)…"), &m_window);
    m_exportContacts->setObjectName(QStringLiteral("exportContacts"));

    connect(m_printPreview, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->printPreview(m_window.currentCaseId());
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->print(m_window.currentCaseId());
    });
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        if (m_dossier)
            m_dossier->exportPdf(m_window.currentCaseId());
    });
    connect(m_importContacts, &QAction::triggered, this, [this] {
        if (m_transfer)
            m_transfer->importContacts(&m_window);
    });
    connect(m_exportContacts, &QAction::triggered, this, [this] {
        if (m_transfer)
            m_transfer->exportContacts(&m_window);
    });

    // Before Quit, the last entry of the File menu.
    auto *file = m_window.fileMenu();
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(quit, m_printPreview);
    file->insertAction(quit, m_print);
    file->insertAction(quit, m_exportPdf);
    file->insertSeparator(quit);
    file->insertAction(quit, m_importContacts);
    file->insertAction(quit, m_exportContacts);
    file->insertSeparator(quit);
    addSafetyActions(quit);

    // In the Edit menu, after the other things a case gets.
    for (QAction *top : m_window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu || !menu->actions().contains(m_window.actions().newCommitment))
            continue;
        const auto actions = menu->actions();
        const auto after = actions.indexOf(m_window.actions().newCommitment);
        menu->insertAction(actions.value(after + 1), m_escalate);
    }

    auto *bar = m_window.mainToolBar();
    bar->addSeparator();
    bar->addAction(m_startCall);
    bar->addAction(m_exportPdf);
}

void FeatureWiring::addSafetyActions(QAction *beforeQuit)
{
    const auto showMessage = [this](const QString &text) {
        m_window.statusBar()->showMessage(text, 8000);
    };
    const auto openInWindow = [this](const QString &path) {
        if (auto status = m_window.openWorkspace(path); !status)
            m_window.showError(status.message());
    };
    m_backups = new ui::BackupController(m_window, m_window, this);
    connect(m_backups, &ui::BackupController::message, this, showMessage);
    connect(m_backups, &ui::BackupController::openRequested, this, openInWindow);
    m_archives = new ui::ArchiveController(m_window, m_window, this);
    connect(m_archives, &ui::ArchiveController::message, this, showMessage);
    connect(m_archives, &ui::ArchiveController::openRequested, this, openInWindow);
    m_exportArchive = new QAction(tr("Export Workspace &Archive…"), &m_window);
    m_exportArchive->setObjectName(QStringLiteral("exportWorkspaceArchive"));
    connect(m_exportArchive, &QAction::triggered, m_archives,
            &ui::ArchiveController::exportArchive);
    m_importArchive = new QAction(tr("Import &Workspace Archive…"), &m_window);
    m_importArchive->setObjectName(QStringLiteral("importWorkspaceArchive"));
    connect(m_importArchive, &QAction::triggered, m_archives,
            &ui::ArchiveController::importArchive);
    m_restoreBackup = new QAction(tr("Restore from &Backup…"), &m_window);
    m_restoreBackup->setObjectName(QStringLiteral("restoreFromBackup"));
    connect(m_restoreBackup, &QAction::triggered, m_backups,
            &ui::BackupController::restoreFromBackup);
    m_backupSettings = new QAction(tr("Backup &Settings…"), &m_window);
    m_backupSettings->setObjectName(QStringLiteral("backupSettings"));
    connect(m_backupSettings, &QAction::triggered, m_backups, &ui::BackupController::editSettings);
    m_window.fileMenu()->insertAction(beforeQuit, m_restoreBackup);
    m_window.fileMenu()->insertAction(beforeQuit, m_backupSettings);
    m_window.fileMenu()->insertAction(beforeQuit, m_exportArchive);
    m_window.fileMenu()->insertAction(beforeQuit, m_importArchive);
    m_window.fileMenu()->insertSeparator(beforeQuit);

    // The log holds ids, counts and errors, never a person's details: safe to send along
    // with a bug report, and this is where the user finds it.
    m_openLogFolder = new QAction(tr("Open &Log Folder"), &m_window);
    m_openLogFolder->setObjectName(QStringLiteral("openLogFolder"));
    connect(m_openLogFolder, &QAction::triggered, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dataDirectory())))
            m_window.showError(tr("No program could open the log folder. It is %1.")
                                   .arg(QDir::toNativeSeparators(dataDirectory())));
    });
    auto *help = m_window.helpMenu();
    help->insertAction(help->actions().isEmpty() ? nullptr : help->actions().constFirst(),
                       m_openLogFolder);
}

void FeatureWiring::onWorkspaceInstalled()
{
    auto &workspace = m_window.workspace();
    // A team workspace is backed up by its server (pg_dump), not copied by each client.
    if (workspace.isTeamWorkspace())
        m_backups->detach();
    else
        m_backups->attach(workspace.filePath(), m_window.undoStack());
    m_archives->setWorkspace(workspace.filePath());
    m_dossier = new ui::DossierPrintController(workspace, m_window, &m_window);
    connect(m_dossier, &ui::DossierPrintController::pdfExported, this, [this](const QString &path) {
        m_window.statusBar()->showMessage(tr("Dossier saved to %1").arg(path), 8000);
    });
    m_transfer = new ui::ContactsTransfer(workspace,
                                          models::UndoPusher(m_window.undoStack(), m_window), this);
    connect(m_transfer, &ui::ContactsTransfer::message, this,
            [this](const QString &text) { m_window.statusBar()->showMessage(text, 8000); });
    // The reminders query the ledger and connect to the session bus, which the first window
    // does not need: they start once it has painted (see eventFilter).
    if (m_painted)
        QTimer::singleShot(0, this, &FeatureWiring::startReminders);

    connect(m_window.casesPane(), &ui::CasesPane::currentCaseChanged, this,
            &FeatureWiring::updateCaseActions);
    connect(m_window.contactsPane(), &ui::ContactsPane::currentItemChanged, this, [this] {
        const auto item = m_window.currentItem();
        if (item.kind == ui::ItemRef::Kind::Contact) {
            if (m_contactPage)
                m_contactPage->setContactId(item.id);
            if (m_gateways)
                m_gateways->setSelectedContact(item.id);
        }
    });
    updateCaseActions();
}

bool FeatureWiring::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window.removeEventFilter(this);
        // Queued: runs after this paint has reached the screen.
        QTimer::singleShot(0, this, &FeatureWiring::startReminders);
    }
    return QObject::eventFilter(watched, event);
}

void FeatureWiring::startReminders()
{
    if (m_reminders) // a second workspace was installed before the first start ran
        return;
    m_reminders = new ui::LedgerReminders(m_window.workspace(), this);
    m_reminders->attach(m_ledger, m_agenda);
    m_clocks->attach(m_reminders->scheduler());
    connect(m_reminders, &ui::LedgerReminders::fallbackBanner, this,
            [this](const QString &message) { m_window.statusBar()->showMessage(message); });
    connect(m_reminders, &ui::LedgerReminders::openItem, this,
            [this](LedgerItemKind, RowId, RowId caseId) { openCase(caseId); });
    logging::get("ledger")->info("reminders started after the window painted");
}

void FeatureWiring::onWorkspaceAboutToClose()
{
    m_backups->detach();
    m_archives->setWorkspace({});
    delete m_dossier;
    m_dossier = nullptr;
    delete m_transfer;
    m_transfer = nullptr;
    delete m_reminders;
    m_reminders = nullptr;
}

void FeatureWiring::updateCaseActions()
{
    const bool hasCase = m_window.currentCaseId() > 0;
    for (auto *action : {m_printPreview, m_print, m_exportPdf, m_escalate})
        action->setEnabled(hasCase);
}

void FeatureWiring::openCase(RowId caseId)
{
    if (caseId > 0 && m_window.casesPane())
        m_window.casesPane()->selectCase(caseId);
}

void FeatureWiring::showDock(QDockWidget *dock)
{
    if (!dock)
        return;
    dock->show();
    dock->raise();
}

void FeatureWiring::showCallDock()
{
    if (!m_callDock)
        return;
    // Closed (not merely behind another tab): the user did not ask to keep it in view.
    if (!m_callDock->toggleViewAction()->isChecked())
        m_callDockOpenedByCall = true;
    showDock(m_callDock);
}

void FeatureWiring::hideCallDockAfterCall()
{
    if (!m_callDockOpenedByCall || !m_callDock)
        return;
    m_callDockOpenedByCall = false;
    m_callDock->close();
    if (m_escalationDock && m_escalationDock->toggleViewAction()->isChecked())
        m_escalationDock->raise();
}

void FeatureWiring::startCall()
{
    if (!m_calls)
        return;
    // During a call the same keys bring the user back to the notes, wherever they were.
    if (m_calls->isCallLive()) {
        showCallDock();
        m_calls->focusNotes();
        return;
    }
    // In the gateways the same keys call the person selected there: the pane with the focus
    // says who, as it does for Edit and Delete.
    if (m_gateways && m_gateways->isAncestorOf(QApplication::focusWidget()) &&
        m_gateways->selectedContact() > 0) {
        showCallDock();
        m_calls->startCallWith(m_gateways->selectedContact());
        return;
    }
    const RowId caseId = m_window.currentCaseId();
    if (caseId <= 0) {
        m_window.statusBar()->showMessage(
            tr("Select the case to call about, or a person in Gateways, then start the call."),
            8000);
        return;
    }
    showCallDock();
    m_calls->startCall(caseId);
    logging::get("ui")->info("call started on case {}", caseId);
}

void FeatureWiring::escalate(RowId caseId)
{
    if (caseId <= 0 || !m_escalation) {
        m_window.statusBar()->showMessage(tr("Select the case to escalate first."), 8000);
        return;
    }
    openCase(caseId);
    showDock(m_escalationDock);
    m_escalation->escalate();
}

void FeatureWiring::offerCallResume()
{
    if (!m_calls)
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_calls && m_calls->offerResume(&m_window))
            showCallDock();
    });
}

} // namespace leverage::app

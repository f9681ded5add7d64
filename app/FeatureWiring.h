#pragma once

#include "core/domain/Ids.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace leverage::ui {
class MainWindow;
class ContactPagePane;
class CallNotesPane;
class ContactHistoryWidget;
class ContactsTransfer;
class DossierPrintController;
class EscalationPane;
class GatewayPane;
class AgendaPane;
class LedgerPane;
class LedgerReminders;
class ArchiveController;
class BackupController;
} // namespace leverage::ui

namespace leverage::app {

class ClocksWiring;
class LetterWiring;

// Puts the features around the main window's three panes: the escalation path, the call
// notes, the promise ledger and agenda with reminders, the gateways and a contact's page, the
// dossier and the vCard import/export. The window knows none of them; this is where they meet.
// Built only by assembleMainWindow (app/MainWindowAssembly.h), for the program and its tests.
class FeatureWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureWiring)

public:
    explicit FeatureWiring(ui::MainWindow &window);
    ~FeatureWiring() override;

    // After the window is shown: offers to resume a call that was interrupted.
    void offerCallResume();
    // The reminders of the open workspace; null until the window has painted once.
    ui::LedgerReminders *reminders() const { return m_reminders; }

    // The features' docks, panes (rebuilt for each workspace) and actions, by type.
    QDockWidget *escalationDock() const { return m_escalationDock; }
    QDockWidget *callNotesDock() const { return m_callDock; }
    QDockWidget *ledgerDock() const { return m_ledgerDock; }
    QDockWidget *agendaDock() const { return m_agendaDock; }
    QDockWidget *gatewayDock() const { return m_gatewayDock; }
    QDockWidget *contactPageDock() const { return m_contactPageDock; }
    ui::EscalationPane *escalationPane() const;
    ui::CallNotesPane *callNotesPane() const;
    ui::LedgerPane *ledgerPane() const;
    ui::AgendaPane *agendaPane() const;
    ui::GatewayPane *gatewayPane() const;
    ui::ContactPagePane *contactPagePane() const;
    QAction *startCallAction() const { return m_startCall; }
    QAction *escalateAction() const { return m_escalate; }
    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *importContactsAction() const { return m_importContacts; }
    QAction *exportContactsAction() const { return m_exportContacts; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }
    QAction *backupSettingsAction() const { return m_backupSettings; }
    QAction *openLogFolderAction() const { return m_openLogFolder; }
    QAction *exportArchiveAction() const { return m_exportArchive; }
    QAction *importArchiveAction() const { return m_importArchive; }
    ui::BackupController *backups() const { return m_backups; }
    ClocksWiring *clocks() const { return m_clocks; }
    LetterWiring *letters() const { return m_letters; }
    ui::ArchiveController *archives() const { return m_archives; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addDocks();
    void addActions();
    void addSafetyActions(QAction *beforeQuit);
    void onWorkspaceInstalled();
    void onWorkspaceAboutToClose();
    void startReminders();
    void updateCaseActions();
    void openCase(RowId caseId);
    void showDock(QDockWidget *dock);
    // The call notes come with a call and, if they were closed before it, go with it.
    void showCallDock();
    void hideCallDockAfterCall();
    void startCall();
    void escalate(RowId caseId);

    ui::MainWindow &m_window;
    // Panes are rebuilt for each workspace; these follow the current ones.
    ClocksWiring *m_clocks = nullptr; // issue 19
    QPointer<ui::EscalationPane> m_escalation;
    QPointer<ui::CallNotesPane> m_calls;
    QPointer<ui::LedgerPane> m_ledger;
    QPointer<ui::AgendaPane> m_agenda;
    QPointer<ui::GatewayPane> m_gateways;
    QPointer<ui::ContactPagePane> m_contactPage;
    // Made for each workspace: they hold its Workspace&.
    ui::DossierPrintController *m_dossier = nullptr;
    ui::ContactsTransfer *m_transfer = nullptr;
    ui::LedgerReminders *m_reminders = nullptr;
    ui::BackupController *m_backups = nullptr;   // for the window's life; follows each workspace
    ui::ArchiveController *m_archives = nullptr; // likewise
    LetterWiring *m_letters = nullptr;
    bool m_painted = false;
    bool m_callDockOpenedByCall = false;

    QDockWidget *m_escalationDock = nullptr;
    QDockWidget *m_callDock = nullptr;
    QDockWidget *m_ledgerDock = nullptr;
    QDockWidget *m_agendaDock = nullptr;
    QDockWidget *m_gatewayDock = nullptr;
    QDockWidget *m_contactPageDock = nullptr;

    QAction *m_startCall = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_importContacts = nullptr;
    QAction *m_exportContacts = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_backupSettings = nullptr;
    QAction *m_exportArchive = nullptr;
    QAction *m_importArchive = nullptr;
    QAction *m_openLogFolder = nullptr;
};

} // namespace leverage::app

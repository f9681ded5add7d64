#pragma once

#include "core/domain/Ids.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace leverage::ui {
class MainWindow;
class CallNotesPane;
class ContactHistoryWidget;
class ContactsTransfer;
class DossierPrintController;
class EscalationPane;
class GatewayPane;
namespace ledger {
class AgendaPane;
class LedgerPane;
class LedgerReminders;
} // namespace ledger
} // namespace leverage::ui

namespace leverage::app {

class ContactPagePane;

// Puts the features around the main window's three panes: the escalation path, the call
// notes, the promise ledger and agenda with reminders, the gateways and a contact's page, the
// dossier and the vCard import/export. The window knows none of them; this is where they meet.
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
    ui::ledger::LedgerReminders *reminders() const { return m_reminders; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addDocks();
    void addActions();
    void onWorkspaceInstalled();
    void onWorkspaceAboutToClose();
    void startReminders();
    void updateCaseActions();
    void openCase(RowId caseId);
    void showDock(QDockWidget *dock);
    void startCall();

    ui::MainWindow &m_window;
    // Panes are rebuilt for each workspace; these follow the current ones.
    QPointer<ui::EscalationPane> m_escalation;
    QPointer<ui::CallNotesPane> m_calls;
    QPointer<ui::ledger::LedgerPane> m_ledger;
    QPointer<ui::ledger::AgendaPane> m_agenda;
    QPointer<ui::GatewayPane> m_gateways;
    QPointer<ContactPagePane> m_contactPage;
    // Made for each workspace: they hold its Workspace&.
    ui::DossierPrintController *m_dossier = nullptr;
    ui::ContactsTransfer *m_transfer = nullptr;
    ui::ledger::LedgerReminders *m_reminders = nullptr;
    bool m_painted = false;

    QDockWidget *m_escalationDock = nullptr;
    QDockWidget *m_callDock = nullptr;
    QDockWidget *m_ledgerDock = nullptr;
    QDockWidget *m_agendaDock = nullptr;
    QDockWidget *m_gatewayDock = nullptr;
    QDockWidget *m_contactPageDock = nullptr;

    QAction *m_startCall = nullptr;
    QAction *m_printPreview = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_importContacts = nullptr;
    QAction *m_exportContacts = nullptr;
};

} // namespace leverage::app

#include "ui/ledger/LedgerReminders.h"

#include "core/ledger/ReminderScheduler.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/DesktopNotifier.h"
#include "ui/ledger/LedgerPane.h"

namespace leverage::ui {

LedgerReminders::LedgerReminders(Workspace &workspace, QObject *parent)
    : LedgerReminders(workspace, QDBusConnection::sessionBus(), parent)
{
}

LedgerReminders::LedgerReminders(Workspace &workspace, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_scheduler(new ReminderScheduler(workspace, this)),
      m_notifier(new DesktopNotifier(workspace, bus, this))
{
    connect(m_scheduler, &ReminderScheduler::reminderDue, m_notifier, &DesktopNotifier::notify);
    connect(m_scheduler, &ReminderScheduler::datedReminderDue, m_notifier,
            &DesktopNotifier::notifyDated);
    connect(m_notifier, &DesktopNotifier::fallbackBanner, this, &LedgerReminders::fallbackBanner);
    connect(m_notifier, &DesktopNotifier::openItem, this, &LedgerReminders::onOpenItem);
}

void LedgerReminders::attach(LedgerPane *ledger, AgendaPane *agenda)
{
    if (ledger)
        connect(m_scheduler, &ReminderScheduler::reminderDue, ledger, &LedgerPane::refreshDueness);
    if (agenda) {
        connect(m_scheduler, &ReminderScheduler::reminderDue, agenda, &AgendaPane::refresh);
        connect(m_scheduler, &ReminderScheduler::datedReminderDue, agenda, &AgendaPane::refresh);
    }
}

void LedgerReminders::activateBanner()
{
    m_notifier->activateBanner();
}

void LedgerReminders::onOpenItem(LedgerItemKind kind, RowId id)
{
    RowId caseId = 0;
    if (kind == LedgerItemKind::Clock) {
        caseId = id;
    } else if (kind == LedgerItemKind::FollowUp) {
        if (auto followUp = m_workspace.followUps().get(id))
            caseId = followUp->caseId;
    } else if (auto commitment = m_workspace.commitments().get(id)) {
        caseId = commitment->caseId;
    }
    if (caseId > 0)
        Q_EMIT openItem(kind, id, caseId);
}

} // namespace leverage::ui

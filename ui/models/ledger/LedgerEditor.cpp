#include "ui/models/ledger/LedgerEditor.h"

#include "core/ledger/BusinessCalendar.h"
#include "core/services/Clock.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/ledger/commands/AddFollowUpCommand.h"
#include "ui/models/undo/EditCommand.h"

namespace leverage::models {

LedgerEditor::LedgerEditor(Workspace &workspace, QUndoStack &undoStack, ErrorReporter &reporter,
                           QObject *parent)
    : QObject(parent), m_workspace(workspace), m_pusher(undoStack, reporter)
{
}

Status LedgerEditor::setCommitmentStatus(RowId commitmentId, CommitmentStatus status,
                                         const QString &note)
{
    auto before = m_workspace.commitments().get(commitmentId);
    if (!before)
        return before.status();
    Commitment after = *before;
    after.status = status;
    after.statusNote = note;
    after.statusChangedAt = Instant::fromDateTime(m_workspace.clock().now());
    const QString text = status == CommitmentStatus::Kept     ? tr("Mark promise kept")
                         : status == CommitmentStatus::Broken ? tr("Mark promise broken")
                                                              : tr("Change promise status");
    return m_pusher.push(std::make_unique<EditCommand<Commitment>>(m_workspace, after, text));
}

Status LedgerEditor::markFollowUpDone(RowId followUpId)
{
    auto before = m_workspace.followUps().get(followUpId);
    if (!before)
        return before.status();
    FollowUp after = *before;
    after.doneAt = Instant::fromDateTime(m_workspace.clock().now());
    return m_pusher.push(
        std::make_unique<EditCommand<FollowUp>>(m_workspace, after, tr("Mark follow-up done")));
}

Status LedgerEditor::snoozeFollowUp(RowId followUpId, const QDateTime &until)
{
    if (!until.isValid())
        return Error{Error::Code::Invalid, tr("Choose a time to snooze until.")};
    auto before = m_workspace.followUps().get(followUpId);
    if (!before)
        return before.status();
    FollowUp after = *before;
    after.snoozedUntil = Instant::fromDateTime(until);
    return m_pusher.push(
        std::make_unique<EditCommand<FollowUp>>(m_workspace, after, tr("Snooze follow-up")));
}

Status LedgerEditor::addFollowUp(FollowUp &followUp)
{
    if (followUp.what.trimmed().isEmpty())
        return Error{Error::Code::Invalid, tr("Say what the follow-up is.")};
    auto command = std::make_unique<AddFollowUpCommand>(m_workspace, followUp, tr("Add follow-up"));
    const auto *raw = command.get(); // an add never merges: the stack keeps it
    if (auto status = m_pusher.push(std::move(command)); !status)
        return status;
    followUp.meta.id = raw->followUpId();
    return {};
}

FollowUp LedgerEditor::followUpForBrokenPromise(const Commitment &commitment) const
{
    FollowUp followUp;
    followUp.caseId = commitment.caseId;
    followUp.contactId = commitment.contactId;
    followUp.commitmentId = commitment.meta.id;
    followUp.what = tr("Chase the broken promise: %1").arg(commitment.what);
    followUp.dueAt =
        Instant::fromDateTime(BusinessCalendar::addBusinessDays(m_workspace.clock().now(), 1));
    return followUp;
}

} // namespace leverage::models

#include "ui/models/undo/EditCommitmentCommand.h"

#include "core/calls/PromiseLine.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "ui/models/undo/EntityTraits.h"

namespace leverage::models {

EditCommitmentCommand::EditCommitmentCommand(Workspace &workspace, Commitment after)
    : UndoCommand(EntityTraits<Commitment>::editText()), m_workspace(workspace),
      m_after(std::move(after))
{
}

Status EditCommitmentCommand::doRedo()
{
    if (m_before)
        return write(m_after, m_notesAfter);
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto stored = m_workspace.commitments().get(m_after.meta.id);
    if (!stored)
        return stored.status();
    // The caller's copy with the version it read: a stale edit is refused.
    Commitment value = m_after;
    if (auto status = m_workspace.commitments().update(value); !status)
        return status;
    if (m_after.entryId > 0) {
        auto entry = m_workspace.timeline().get(m_after.entryId);
        if (!entry)
            return entry.status();
        const QString notes = PromiseLine::rewrite(entry->notes, *stored, m_after);
        if (!notes.isNull() && notes != entry->notes) {
            m_notesBefore = entry->notes;
            m_notesAfter = notes;
            entry->notes = notes;
            if (auto status = m_workspace.timeline().update(*entry); !status)
                return status;
        }
    }
    if (auto status = transaction.commit(); !status)
        return status;
    m_before = *stored;
    return {};
}

Status EditCommitmentCommand::doUndo()
{
    return write(*m_before, m_notesBefore);
}

Status EditCommitmentCommand::write(const Commitment &content, const QString &notes)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto stored = m_workspace.commitments().get(content.meta.id);
    if (!stored)
        return stored.status();
    Commitment value = content;
    value.meta = stored->meta;
    if (auto status = m_workspace.commitments().update(value); !status)
        return status;
    if (!notes.isNull()) {
        auto entry = m_workspace.timeline().get(content.entryId);
        if (!entry)
            return entry.status();
        entry->notes = notes;
        if (auto status = m_workspace.timeline().update(*entry); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace leverage::models

#include "ui/models/ledger/commands/ChangeCommitmentCommand.h"

#include "core/store/CommitmentRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models::ledger {

ChangeCommitmentCommand::ChangeCommitmentCommand(Workspace &workspace, Commitment before,
                                                 Commitment after, const QString &text)
    : LedgerCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

Status ChangeCommitmentCommand::write(const Commitment &content)
{
    auto current = m_workspace.commitments().get(content.meta.id);
    if (!current)
        return current.status();
    Commitment next = content;
    next.meta = current->meta;
    return m_workspace.commitments().update(next);
}

} // namespace leverage::models::ledger

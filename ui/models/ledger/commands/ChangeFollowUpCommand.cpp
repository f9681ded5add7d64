#include "ui/models/ledger/commands/ChangeFollowUpCommand.h"

#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models::ledger {

ChangeFollowUpCommand::ChangeFollowUpCommand(Workspace &workspace, FollowUp before, FollowUp after,
                                             const QString &text)
    : LedgerCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

Status ChangeFollowUpCommand::write(const FollowUp &content)
{
    auto current = m_workspace.followUps().get(content.meta.id);
    if (!current)
        return current.status();
    FollowUp next = content;
    next.meta = current->meta;
    return m_workspace.followUps().update(next);
}

} // namespace leverage::models::ledger

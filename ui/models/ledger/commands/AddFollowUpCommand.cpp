#include "ui/models/ledger/commands/AddFollowUpCommand.h"

#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models {

AddFollowUpCommand::AddFollowUpCommand(Workspace &workspace, FollowUp followUp, const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_followUp(std::move(followUp))
{
}

Status AddFollowUpCommand::doRedo()
{
    FollowUp copy = m_followUp;
    const auto status = m_workspace.followUps().add(copy);
    if (status)
        m_followUp = copy; // the id and uuid given on the first add are kept for redo
    return status;
}

Status AddFollowUpCommand::doUndo()
{
    return m_workspace.followUps().remove(m_followUp.meta.id);
}

} // namespace leverage::models

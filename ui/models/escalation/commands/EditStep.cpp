#include "ui/models/escalation/commands/EditStep.h"

#include "core/escalation/EscalationService.h"

namespace leverage::models {

EditStep::EditStep(Workspace &workspace, QList<EscalationStep> before, QList<EscalationStep> after,
                   const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

Status EditStep::doRedo()
{
    return EscalationService(m_workspace).writeSteps(m_after);
}

Status EditStep::doUndo()
{
    return EscalationService(m_workspace).writeSteps(m_before);
}

} // namespace leverage::models

#include "ui/models/escalation/commands/MoveStep.h"

#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {

MoveStep::MoveStep(Workspace &workspace, RowId stepId, int fromIndex, int toIndex)
    : EscalationCommand(workspace, QCoreApplication::translate("leverage", "Move escalation step")),
      m_stepId(stepId), m_from(fromIndex), m_to(toIndex)
{
}

Status MoveStep::apply()
{
    return m_workspace.escalation().move(m_stepId, m_to);
}

Status MoveStep::revert()
{
    return m_workspace.escalation().move(m_stepId, m_from);
}

} // namespace leverage::models

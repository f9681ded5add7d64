#include "ui/models/escalation/commands/MoveStep.h"

#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {

MoveStep::MoveStep(Workspace &workspace, RowId stepId, int fromIndex, int toIndex)
    : UndoCommand(QCoreApplication::translate("leverage", "Move escalation step")),
      m_workspace(workspace), m_stepId(stepId), m_from(fromIndex), m_to(toIndex)
{
}

bool MoveStep::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveStep *>(other); // the same id(): a MoveStep
    if (next->m_stepId != m_stepId || next->m_from != m_to)
        return false;
    m_to = next->m_to;
    setObsolete(m_to == m_from);
    return true;
}

Status MoveStep::doRedo()
{
    return m_workspace.escalation().move(m_stepId, m_to);
}

Status MoveStep::doUndo()
{
    return m_workspace.escalation().move(m_stepId, m_from);
}

} // namespace leverage::models

#include "ui/models/escalation/commands/RemoveStep.h"

#include "core/escalation/EscalationService.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage::models {

RemoveStep::RemoveStep(Workspace &workspace, RowId stepId)
    : UndoCommand(QCoreApplication::translate("leverage", "Remove escalation step")),
      m_workspace(workspace), m_stepId(stepId)
{
}

Status RemoveStep::doRedo()
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    // Captured at each removal: the row as it is now, edits and position included.
    auto stored = m_workspace.escalation().get(m_stepId);
    if (!stored)
        return stored.status();
    if (auto status = m_workspace.escalation().remove(m_stepId); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_removed = *stored;
    return {};
}

Status RemoveStep::doUndo()
{
    return EscalationService(m_workspace).restoreSteps({m_removed});
}

} // namespace leverage::models

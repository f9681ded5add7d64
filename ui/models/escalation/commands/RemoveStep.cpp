#include "ui/models/escalation/commands/RemoveStep.h"

#include "core/escalation/EscalationService.h"
#include "core/store/EscalationRepository.h"
#include "core/store/ReferenceSet.h"
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
    // The case's outcome may name the step as what resolved it: the delete clears that link.
    auto references = ReferenceSet::toStep(m_workspace, m_stepId);
    if (!references)
        return references.status();
    if (auto status = m_workspace.escalation().remove(m_stepId); !status)
        return status;
    ReferenceSet::notifyChanged(m_workspace, *references); // the outcome lost its link
    if (auto status = transaction.commit(); !status)
        return status;
    m_removed = *stored;
    m_references = *references;
    return {};
}

Status RemoveStep::doUndo()
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = EscalationService(m_workspace).restoreSteps({m_removed}); !status)
        return status;
    if (auto status = ReferenceSet::restore(m_workspace, m_references); !status)
        return status;
    return transaction.commit();
}

} // namespace leverage::models

#include "ui/models/escalation/commands/EditStep.h"

#include "core/escalation/EscalationService.h"

namespace leverage::models {

EditStep::EditStep(Workspace &workspace, QList<EscalationStep> before, QList<EscalationStep> after,
                   const QString &text)
    : EscalationCommand(workspace, text), m_before(std::move(before)), m_after(std::move(after))
{
}

Status EditStep::apply()
{
    return EscalationService(m_workspace).writeSteps(m_after);
}

Status EditStep::revert()
{
    return EscalationService(m_workspace).writeSteps(m_before);
}

} // namespace leverage::models

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/escalation/EscalationTemplate.h"
#include "ui/models/escalation/commands/EscalationCommand.h"

namespace leverage::models {

// Starts an empty path from a template; undo removes the steps it added.
class ApplyTemplate final : public EscalationCommand
{
public:
    ApplyTemplate(Workspace &workspace, RowId caseId, EscalationTemplate which);

    const QList<EscalationStep> &steps() const { return m_steps; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RowId m_caseId;
    EscalationTemplate m_template;
    QList<EscalationStep> m_steps;
    bool m_done = false;
};

} // namespace leverage::models

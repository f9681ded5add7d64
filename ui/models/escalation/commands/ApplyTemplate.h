#pragma once

#include "core/domain/EscalationStep.h"
#include "core/escalation/EscalationTemplate.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Starts an empty path from a template; undo removes the steps it added.
class ApplyTemplate final : public UndoCommand
{
public:
    ApplyTemplate(Workspace &workspace, RowId caseId, EscalationTemplate which);

    const QList<EscalationStep> &steps() const { return m_steps; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    EscalationTemplate m_template;
    QList<EscalationStep> m_steps;
    bool m_done = false;
};

} // namespace leverage::models

#pragma once

#include "core/escalation/EscalationService.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Climbs one level; undo restores the steps and removes the contact attempt it wrote.
class Escalate final : public UndoCommand
{
public:
    Escalate(Workspace &workspace, RowId caseId, const EscalationService::Attempt &attempt);

    const EscalationService::Escalation &escalation() const { return m_escalation; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    EscalationService::Attempt m_attempt;
    EscalationService::Escalation m_escalation;
    bool m_done = false;
};

} // namespace leverage::models

#pragma once

#include "core/escalation/EscalationService.h"
#include "ui/models/escalation/commands/EscalationCommand.h"

namespace leverage::models {

// Climbs one level; undo restores the statuses and removes the note entry it wrote.
class Escalate final : public EscalationCommand
{
public:
    Escalate(Workspace &workspace, RowId caseId);

    const EscalationService::Escalation &escalation() const { return m_escalation; }

protected:
    Status apply() override;
    Status revert() override;

private:
    RowId m_caseId;
    EscalationService::Escalation m_escalation;
    bool m_done = false;
};

} // namespace leverage::models

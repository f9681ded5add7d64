#pragma once

#include "core/domain/EscalationStep.h"
#include "ui/models/escalation/commands/EscalationCommand.h"

namespace leverage::models {

// Removes a step; undo puts the same row back where it was.
class RemoveStep final : public EscalationCommand
{
public:
    RemoveStep(Workspace &workspace, RowId stepId);

protected:
    Status apply() override;
    Status revert() override;

private:
    RowId m_stepId;
    EscalationStep m_removed;
};

} // namespace leverage::models

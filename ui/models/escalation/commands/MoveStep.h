#pragma once

#include "core/domain/Ids.h"
#include "ui/models/escalation/commands/EscalationCommand.h"

namespace leverage::models {

// Moves one step from one index of its path to another; core renumbers the rest.
class MoveStep final : public EscalationCommand
{
public:
    MoveStep(Workspace &workspace, RowId stepId, int fromIndex, int toIndex);

protected:
    Status apply() override;
    Status revert() override;

private:
    RowId m_stepId;
    int m_from;
    int m_to;
};

} // namespace leverage::models

#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Moves one step from one index of its path to another; core renumbers the rest. Moving the
// same step again straight after merges: five presses of Ctrl+Down are one undo step, and a
// step moved back where it was leaves no step at all.
class MoveStep final : public UndoCommand
{
public:
    MoveStep(Workspace &workspace, RowId stepId, int fromIndex, int toIndex);

    int id() const override { return MoveEscalationStepId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_stepId;
    int m_from;
    int m_to;
};

} // namespace leverage::models

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/store/ReferenceSet.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Removes a step; undo puts the same row back where it was, and again as what resolved the
// case if its outcome named it.
class RemoveStep final : public UndoCommand
{
public:
    RemoveStep(Workspace &workspace, RowId stepId);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_stepId;
    EscalationStep m_removed;
    QList<ReferenceSet::Reference> m_references; // the outcome it resolved, relinked on undo
};

} // namespace leverage::models

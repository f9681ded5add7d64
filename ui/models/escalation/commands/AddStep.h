#pragma once

#include "core/domain/EscalationStep.h"
#include "ui/models/undo/UndoCommand.h"

#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Adds steps at an index of the path (-1: at the end); redo puts back the same rows.
class AddStep final : public UndoCommand
{
public:
    AddStep(Workspace &workspace, QList<EscalationStep> steps, int index);

    const QList<EscalationStep> &steps() const { return m_steps; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    QList<EscalationStep> m_steps;
    int m_index;
    bool m_stored = false;
};

} // namespace leverage::models

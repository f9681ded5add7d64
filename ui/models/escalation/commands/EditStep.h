#pragma once

#include "core/domain/EscalationStep.h"
#include "ui/models/undo/UndoCommand.h"

#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Changes what a person edits on one or more steps (an edit, "mark current"), together.
class EditStep final : public UndoCommand
{
public:
    EditStep(Workspace &workspace, QList<EscalationStep> before, QList<EscalationStep> after,
             const QString &text);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    QList<EscalationStep> m_before;
    QList<EscalationStep> m_after;
};

} // namespace leverage::models

#pragma once

#include "core/domain/FollowUp.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Adds a follow-up; undo removes it, redo puts the same row (same id and uuid) back.
class AddFollowUpCommand final : public UndoCommand
{
public:
    AddFollowUpCommand(Workspace &workspace, FollowUp followUp, const QString &text);

    RowId followUpId() const { return m_followUp.meta.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    FollowUp m_followUp;
};

} // namespace leverage::models

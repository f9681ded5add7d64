#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Changes the user's own details (letterhead and signature). Undo puts the old ones back.
class EditMyDetailsCommand final : public UndoCommand
{
public:
    EditMyDetailsCommand(Workspace &workspace, MyDetails after);

    // The details as stored now (for the dialog that edits them).
    static Result<MyDetails> read(Workspace &workspace);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    MyDetails m_after;
    std::optional<MyDetails> m_before;
};

} // namespace leverage::models

#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// A new letter on a case (drafted from the case by LetterDrafter). Undo removes it, keeping
// what was typed into it since; redo puts that back with the same id.
class AddLetterCommand final : public UndoCommand
{
public:
    AddLetterCommand(Workspace &workspace, Letter letter);

    // The stored letter, id filled in, after the first redo (this command never merges).
    const Letter &letter() const { return m_letter; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    Letter m_letter;
};

} // namespace leverage::models

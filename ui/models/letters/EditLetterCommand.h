#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Changes a draft's details (addressee, tone, subject, deadline, or its text rewritten from
// the case). Undo puts the letter back as it was stored before.
class EditLetterCommand final : public UndoCommand
{
public:
    EditLetterCommand(Workspace &workspace, Letter after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const Letter &content);

    Workspace &m_workspace;
    Letter m_after;
    std::optional<Letter> m_before;
};

} // namespace leverage::models

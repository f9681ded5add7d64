#pragma once

#include "core/domain/Commitment.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Edits a commitment and, in the same transaction, the PROMISE line of the call notes it was
// made in, so the notes never keep an old date or person after an edit. Undo restores both.
class EditCommitmentCommand final : public UndoCommand
{
public:
    EditCommitmentCommand(Workspace &workspace, Commitment after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const Commitment &content, const QString &notes);

    Workspace &m_workspace;
    Commitment m_after;
    std::optional<Commitment> m_before;
    QString m_notesBefore; // null: the notes had no line of this promise
    QString m_notesAfter;
};

} // namespace leverage::models

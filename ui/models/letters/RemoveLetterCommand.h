#pragma once

#include "core/letters/Letter.h"
#include "core/store/ReferenceSet.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Deletes a draft; undo puts it back with the same id and text. A sent letter is part of the
// case's record (its timeline entry stays): it is refused here.
class RemoveLetterCommand final : public UndoCommand
{
public:
    RemoveLetterCommand(Workspace &workspace, RowId letterId);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_letterId;
    Letter m_removed;
    QList<ReferenceSet::Reference> m_references; // an outcome it resolved, relinked on undo
};

} // namespace leverage::models

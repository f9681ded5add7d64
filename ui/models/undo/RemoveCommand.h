#pragma once

#include "core/services/RemovalSnapshot.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage::models {

// Removes a case, organization, contact, entry or commitment with everything the delete
// cascades to or unlinks; undo restores all of it, ids included, in one write.
class RemoveCommand final : public UndoCommand
{
public:
    RemoveCommand(Workspace &workspace, RemovalSnapshot::Kind kind, RowId id, const QString &text);

    // What the last redo removed (empty before the first redo).
    const std::optional<RemovalSnapshot> &snapshot() const { return m_snapshot; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RemovalSnapshot::Kind m_kind;
    RowId m_id;
    std::optional<RemovalSnapshot> m_snapshot;
};

} // namespace leverage::models

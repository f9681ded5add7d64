#pragma once

#include "ui/models/undo/EditorCommand.h"
#include "core/services/RemovalSnapshot.h"

#include <optional>

namespace leverage::models {

// Removes a case, organization, contact, entry or commitment with everything the delete
// cascades to or unlinks; undo restores all of it, ids included, in one write.
class RemoveCommand final : public EditorCommand
{
public:
    RemoveCommand(Workspace &workspace, ErrorSink errorSink, RemovalSnapshot::Kind kind, RowId id,
                  const QString &text);

    // What the last redo removed (empty before execute()).
    const std::optional<RemovalSnapshot> &snapshot() const { return m_snapshot; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    RemovalSnapshot::Kind m_kind;
    RowId m_id;
    std::optional<RemovalSnapshot> m_snapshot;
};

} // namespace leverage::models

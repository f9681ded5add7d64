#include "ui/models/undo/RemoveCommand.h"

namespace leverage::models {

RemoveCommand::RemoveCommand(Workspace &workspace, RemovalSnapshot::Kind kind, RowId id,
                             const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_kind(kind), m_id(id)
{
}

Status RemoveCommand::doRedo()
{
    auto taken = RemovalSnapshot::take(m_workspace, m_kind, m_id);
    if (!taken)
        return taken.status();
    m_snapshot = std::move(*taken);
    return {};
}

Status RemoveCommand::doUndo()
{
    if (!m_snapshot)
        return Status::ok();
    return m_snapshot->restore(m_workspace);
}

} // namespace leverage::models

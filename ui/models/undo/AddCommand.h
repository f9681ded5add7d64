#pragma once

#include "ui/models/undo/EntityTraits.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage::models {

// Adds a row. Undo removes it the way a user's delete would (capturing anything added under
// it since, e.g. by a pane that writes without the stack); redo puts exactly that back, with
// the same id, so later commands on the stack still find their row.
template <typename T> class AddCommand final : public UndoCommand
{
public:
    AddCommand(Workspace &workspace, T value)
        : UndoCommand(EntityTraits<T>::addText()), m_workspace(workspace), m_value(std::move(value))
    {
    }

    // The stored value, id and meta filled in, after the first redo.
    const T &value() const { return m_value; }

protected:
    Status doRedo() override
    {
        if (m_removed)
            return m_removed->restore(m_workspace);
        return EntityTraits<T>::repository(m_workspace).add(m_value);
    }

    Status doUndo() override
    {
        auto taken = RemovalSnapshot::take(m_workspace, EntityTraits<T>::kind, m_value.meta.id);
        if (!taken)
            return taken.status();
        m_removed = std::move(*taken);
        return {};
    }

private:
    Workspace &m_workspace;
    T m_value;
    std::optional<RemovalSnapshot> m_removed;
};

} // namespace leverage::models

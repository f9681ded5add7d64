#pragma once

#include "ui/models/undo/EditorCommand.h"
#include "ui/models/undo/EntityTraits.h"

#include <optional>

namespace leverage::models {

// Changes a row's content. The first redo saves the caller's value with the version it was
// read at, so an edit of a stale copy is refused; undo and later redos write the content
// back over the current row (a new version: an undo is a change like any other).
template <typename T> class EditCommand final : public EditorCommand
{
public:
    EditCommand(Workspace &workspace, ErrorSink errorSink, T after)
        : EditorCommand(workspace, std::move(errorSink), EntityTraits<T>::editText()),
          m_after(std::move(after))
    {
    }

protected:
    Status doRedo() override
    {
        if (m_before)
            return write(m_after);
        auto &repository = EntityTraits<T>::repository(m_workspace);
        auto stored = repository.get(m_after.meta.id);
        if (!stored)
            return stored.status();
        T value = m_after;
        EntityTraits<T>::keepDerived(value, *stored);
        if (auto status = repository.update(value); !status)
            return status;
        m_before = *stored;
        return {};
    }

    Status doUndo() override { return write(*m_before); }

private:
    Status write(const T &content)
    {
        auto &repository = EntityTraits<T>::repository(m_workspace);
        auto stored = repository.get(content.meta.id);
        if (!stored)
            return stored.status();
        T value = content;
        value.meta = stored->meta;
        EntityTraits<T>::keepDerived(value, *stored);
        return repository.update(value);
    }

    T m_after;
    std::optional<T> m_before;
};

} // namespace leverage::models

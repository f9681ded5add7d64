#pragma once

#include "ui/models/undo/ConflictResolution.h"
#include "ui/models/undo/EntityTraits.h"
#include "ui/models/undo/RowContent.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage::models {

// Changes a row's content (a dialog's edit, a promise marked kept, a follow-up snoozed). The
// first redo saves the caller's value with the version it was read at, so an edit of a stale
// copy is refused; undo and later redos write the content back over the current row (a new
// version: an undo is a change like any other). The next edit of the same kind (same text)
// of the same row that changes the same fields (the title corrected twice, a follow-up
// snoozed again) merges into this one: one undo step back to the content before the first.
template <typename T> class EditCommand final : public UndoCommand
{
public:
    EditCommand(Workspace &workspace, T after, const QString &text = EntityTraits<T>::editText())
        : UndoCommand(text), m_workspace(workspace), m_after(std::move(after))
    {
    }

    int id() const override { return EditRowId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const EditCommand<T> *>(other);
        if (!next || !m_before || !next->m_before || next->m_after.meta.id != m_after.meta.id ||
            next->text() != text())
            return false;
        const auto fields = EntityTraits<T>::changedFields(*m_before, m_after);
        if (!fields || fields != EntityTraits<T>::changedFields(*next->m_before, next->m_after))
            return false;
        m_after = next->m_after;
        setObsolete(EntityTraits<T>::changedFields(*m_before, m_after) == 0);
        return true;
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
        if (auto status = saveOrResolve(m_workspace, value, *stored, text()); !status)
            return status;
        m_before = *stored;
        m_after = value; // with the derived fields as stored, so only edits count as changes
        return {};
    }

    Status doUndo() override { return write(*m_before); }

private:
    Status write(const T &content) { return writeRowContent(m_workspace, content); }

    Workspace &m_workspace;
    T m_after;
    std::optional<T> m_before;
};

} // namespace leverage::models

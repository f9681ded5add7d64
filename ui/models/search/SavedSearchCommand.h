#pragma once

#include "core/domain/SavedSearch.h"
#include "ui/models/undo/UndoCommand.h"

#include <memory>
#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Saving, renaming or removing a saved search, as one undo step: the row before and after
// (none before: saved; none after: removed). Undo puts the row back as it was, under its id.
class SavedSearchCommand final : public UndoCommand
{
public:
    static std::unique_ptr<SavedSearchCommand> save(Workspace &workspace, const QString &name,
                                                    const QString &query);
    static std::unique_ptr<SavedSearchCommand>
    rename(Workspace &workspace, const SavedSearch &search, const QString &name);
    static std::unique_ptr<SavedSearchCommand> remove(Workspace &workspace,
                                                      const SavedSearch &search);

    // The saved row's id once done (0 before, or after a removal).
    RowId savedId() const { return m_after ? m_after->id : 0; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    SavedSearchCommand(Workspace &workspace, const QString &text, std::optional<SavedSearch> before,
                       std::optional<SavedSearch> after);
    Status change(const std::optional<SavedSearch> &from, std::optional<SavedSearch> &to);

    Workspace &m_workspace;
    std::optional<SavedSearch> m_before;
    std::optional<SavedSearch> m_after;
};

} // namespace leverage::models

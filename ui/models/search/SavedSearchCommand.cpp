#include "ui/models/search/SavedSearchCommand.h"

#include "core/store/SavedSearches.h"
#include "core/util/Translate.h"

namespace leverage::models {
SavedSearchCommand::SavedSearchCommand(Workspace &workspace, const QString &text,
                                       std::optional<SavedSearch> before,
                                       std::optional<SavedSearch> after)
    : UndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

std::unique_ptr<SavedSearchCommand>
SavedSearchCommand::save(Workspace &workspace, const QString &name, const QString &query)
{
    SavedSearch search;
    search.name = name;
    search.query = query;
    return std::unique_ptr<SavedSearchCommand>(
        new SavedSearchCommand(workspace, tr("Save Search “%1”").arg(name), std::nullopt, search));
}

std::unique_ptr<SavedSearchCommand>
SavedSearchCommand::rename(Workspace &workspace, const SavedSearch &search, const QString &name)
{
    auto renamed = search;
    renamed.name = name;
    return std::unique_ptr<SavedSearchCommand>(new SavedSearchCommand(
        workspace, tr("Rename Saved Search “%1”").arg(search.name), search, renamed));
}

std::unique_ptr<SavedSearchCommand> SavedSearchCommand::remove(Workspace &workspace,
                                                               const SavedSearch &search)
{
    return std::unique_ptr<SavedSearchCommand>(new SavedSearchCommand(
        workspace, tr("Remove Saved Search “%1”").arg(search.name), search, std::nullopt));
}

// From one state of the row to the other; `to` learns the id a new row gets (a first save),
// which later redos and undos keep.
Status SavedSearchCommand::change(const std::optional<SavedSearch> &from,
                                  std::optional<SavedSearch> &to)
{
    auto &store = SavedSearches::of(m_workspace);
    if (from && to)
        return store.rename(to->id, to->name);
    if (from)
        return store.remove(from->id);
    auto id = store.add(*to);
    if (!id)
        return id.error();
    to->id = *id;
    return {};
}

Status SavedSearchCommand::doRedo()
{
    return change(m_before, m_after);
}

Status SavedSearchCommand::doUndo()
{
    return change(m_after, m_before);
}

} // namespace leverage::models

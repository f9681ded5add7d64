#pragma once

#include "core/store/LastWrite.h"
#include "ui/models/undo/ConflictResolver.h"
#include "ui/models/undo/EntityTraits.h"

#include <optional>

namespace leverage::models {

// The fields of a case and an entry that two people may edit at once, as text; other kinds
// show who changed them and when only.
QList<ConflictField> conflictFields(const Case &mine, const Case &theirs);
QList<ConflictField> conflictFields(const TimelineEntry &mine, const TimelineEntry &theirs);
template <typename T> QList<ConflictField> conflictFields(const T &, const T &)
{
    return {};
}
QString conflictItem(const Case &value);
QString conflictItem(const TimelineEntry &value);
template <typename T> QString conflictItem(const T &)
{
    return {};
}
inline QString conflictTable(const Case &)
{
    return QStringLiteral("cases");
}
inline QString conflictTable(const TimelineEntry &)
{
    return QStringLiteral("timeline_entries");
}
template <typename T> QString conflictTable(const T &)
{
    return {};
}

// Error for a change dropped in favour of the colleague's version.
Error theirsKept();

// After `refused` (Code::Conflict) for `value`: shows both versions through the installed
// resolver. KeepMine saves `value` over the stored row, as a choice, and gives the row it
// replaced in `replaced` (what an undo restores); TakeTheirs and Cancel save nothing.
template <typename T>
Status resolveConflict(Workspace &workspace, T &value, const QString &what, const Status &refused,
                       std::optional<T> &replaced)
{
    auto *resolver = ConflictResolver::installed();
    if (!resolver || refused.code() != Error::Code::Conflict)
        return refused;
    auto &repository = EntityTraits<T>::repository(workspace);
    auto theirs = repository.get(value.meta.id);
    if (!theirs)
        return refused; // removed meanwhile: nothing to choose between
    Conflict conflict{what, conflictItem(*theirs), conflictFields(value, *theirs), {}, 0};
    if (const auto table = conflictTable(value); !table.isEmpty())
        if (auto last = lastWriteOf(workspace, table, value.meta.id)) {
            conflict.theirsBy = last->by;
            conflict.theirsAtMs = last->atMs;
        }
    switch (resolver->resolve(conflict)) {
    case ConflictResolver::Choice::KeepMine: {
        T mine = value;
        mine.meta.version = theirs->meta.version;
        EntityTraits<T>::keepDerived(mine, *theirs);
        if (auto status = repository.update(mine); !status)
            return status; // changed yet again: refused, the user decides anew
        value = mine;
        replaced = *theirs;
        return {};
    }
    case ConflictResolver::Choice::TakeTheirs:
        return theirsKept();
    case ConflictResolver::Choice::Cancel:
        break;
    }
    return refused;
}

} // namespace leverage::models

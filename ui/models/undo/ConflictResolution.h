#pragma once

#include "core/store/LastWrite.h"
#include "ui/models/undo/ConflictResolver.h"
#include "ui/models/undo/EntityTraits.h"

namespace leverage::models {

// The fields of a case, an entry, a promise and a contact that two people may edit at once,
// as text; other kinds show who changed them and when only.
QList<ConflictField> conflictFields(const Case &mine, const Case &theirs);
QList<ConflictField> conflictFields(const TimelineEntry &mine, const TimelineEntry &theirs);
QList<ConflictField> conflictFields(const Commitment &mine, const Commitment &theirs);
QList<ConflictField> conflictFields(const Contact &mine, const Contact &theirs);
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
// Where each kind's writer is recorded (changed_by), and the words that name one item.
inline QString conflictTable(const Case &)
{
    return QStringLiteral("cases");
}
inline QString conflictTable(const TimelineEntry &)
{
    return QStringLiteral("timeline_entries");
}
inline QString conflictTable(const Commitment &)
{
    return QStringLiteral("commitments");
}
inline QString conflictTable(const FollowUp &)
{
    return QStringLiteral("follow_ups");
}
inline QString conflictTable(const Contact &)
{
    return QStringLiteral("contacts");
}
inline QString conflictTable(const Organization &)
{
    return QStringLiteral("organizations");
}
inline QString conflictItem(const Commitment &value)
{
    return value.what;
}
inline QString conflictItem(const FollowUp &value)
{
    return value.what;
}
inline QString conflictItem(const Contact &value)
{
    return value.name;
}
inline QString conflictItem(const Organization &value)
{
    return value.name;
}
template <typename T> QString conflictTable(const T &)
{
    return {};
}

// Error for a change dropped in favour of the colleague's version; error for a stale edit
// refused without asking (no resolver installed).
Error theirsKept();
Error staleEdit();
// Error for Cancel in the conflict dialog: the editor is still open and says what it can do.
Error conflictLeftOpen();

// `value` was edited from an older version than `theirs`, the row as stored now (a colleague
// saved it meanwhile): shows both through the installed resolver. KeepMine saves `value` over
// theirs, as a choice; TakeTheirs and Cancel save nothing. Asked before any write, since a
// refused write would spoil the transaction around it.
template <typename T>
Status resolveConflict(Workspace &workspace, T &value, const T &theirs, const QString &what)
{
    // Only a team workspace has someone else: on a file a stale copy is the program's own,
    // refused as before.
    auto *resolver = ConflictResolver::installed();
    if (!resolver || !workspace.isTeamWorkspace())
        return staleEdit();
    Conflict conflict{what, conflictItem(theirs), conflictFields(value, theirs), {}, 0};
    if (const auto table = conflictTable(value); !table.isEmpty())
        if (auto last = lastWriteOf(workspace, table, value.meta.id)) {
            conflict.theirsBy = last->by;
            conflict.theirsAtMs = last->atMs;
        }
    switch (resolver->resolve(conflict)) {
    case ConflictResolver::Choice::KeepMine: {
        T mine = value;
        mine.meta.version = theirs.meta.version;
        EntityTraits<T>::keepDerived(mine, theirs);
        if (auto status = EntityTraits<T>::repository(workspace).update(mine); !status)
            return status; // changed yet again: refused, the user decides anew
        value = mine;
        return {};
    }
    case ConflictResolver::Choice::TakeTheirs:
        return theirsKept();
    case ConflictResolver::Choice::Cancel:
        break;
    }
    return conflictLeftOpen();
}

// Saves `value` (edited from the version it carries) over `stored`, the row as read just
// now; a newer stored version goes through resolveConflict first. `stored` stays what the
// save replaced (what an undo brings back).
template <typename T>
Status saveOrResolve(Workspace &workspace, T &value, const T &stored, const QString &what)
{
    if (stored.meta.version == value.meta.version)
        return EntityTraits<T>::repository(workspace).update(value);
    return resolveConflict(workspace, value, stored, what);
}

} // namespace leverage::models

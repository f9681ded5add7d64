#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

class Workspace;

// A timeline entry's history (issue 21), read from the seal chain, which keeps every version
// of the entry as it was written: when it was recorded, each edit after that (when, by whom
// on a team server, what changed from the version before), a link a removal cleared. Nothing
// is kept twice: the history is the seals, and so as tamper-evident as they are.
class EntryHistory final
{
public:
    struct Change
    {
        QString field; // "Summary", as the entry dialog names it
        QString before;
        QString after;
    };

    struct Version
    {
        int number = 0;        // 1: as recorded
        QString action;        // "insert", "update", "relink", "remove"
        Instant at;            // when it was sealed, with the user's offset then
        QString changedBy;     // a team server's login; empty in a workspace file
        QList<Change> changes; // from the version before (none for the first)
    };

    // The edits after the fact of each entry among `entryIds` (sealed more than a minute after
    // it was recorded): how many, and when the last was sealed.
    struct Edits
    {
        int count = 0;
        Instant last;
    };

    static Result<QList<Version>> of(Workspace &workspace, RowId entryId);
    static Result<QHash<RowId, Edits>> editsOf(Workspace &workspace, const QList<RowId> &entryIds);

    // A seal's canonical content split into its values (SQLite's quote(), PostgreSQL's
    // quote_nullable()): NULL, numbers and text with its quotes undone.
    static QStringList values(const QString &content);
};

} // namespace leverage

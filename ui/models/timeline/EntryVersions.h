#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QString>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// An entry's history as its form shows it (issue 21), read from the record's seals
// (EntryHistory): how often it was edited after the fact, and every version as text.
class EntryVersions final
{
public:
    static Result<int> editsAfterTheFact(Workspace &workspace, RowId entryId);
    // A version to a paragraph: when, who on a team server, what changed from what.
    static Result<QString> text(Workspace &workspace, RowId entryId);
};

} // namespace leverage::models

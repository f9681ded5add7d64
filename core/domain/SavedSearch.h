#pragma once

#include "core/domain/Ids.h"

#include <QString>

namespace leverage {

// A search kept under a name (issue 20): a smart list in the cases pane, read again whenever
// the workspace changes. The query is the text as typed (the query language's own syntax),
// so it stays readable and editable.
struct SavedSearch
{
    RowId id = 0;
    QString name;
    QString query;
    int position = 0; // order in the list, then by name

    bool operator==(const SavedSearch &) const = default;
};

} // namespace leverage

#pragma once

#include "core/domain/SearchQuery.h"

#include <QStringList>
#include <QVariant>
#include <functional>

namespace leverage {

// The filters of a parsed search (kind:, channel:, status:, case:, org:, after:, before:) as
// SQL conditions, the same for both engines' builders (SearchSqlBuilder on FTS5,
// ServerSearchSqlBuilder on tsvector), which differ only in how they name the index's row
// and which LIKE ignores case. ref: and person: go through each engine's own text search.
struct SearchIndexColumns
{
    QString row; // the index row's number: item id * 8 + kind code
    QString caseId;
    QString tag;  // an entry's channel, an item's status
    QString at;   // the item's time (ms since the epoch)
    QString like; // LIKE (SQLite: ASCII without case) or ILIKE (PostgreSQL)
};

// Binds a value and returns its placeholder.
using SearchBind = std::function<QString(const QVariant &)>;

QStringList searchFilterConditions(const SearchQuery &query, const SearchIndexColumns &columns,
                                   const SearchBind &bind);

} // namespace leverage

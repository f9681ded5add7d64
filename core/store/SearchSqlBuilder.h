#pragma once

#include "core/domain/SearchQuery.h"

#include <QString>
#include <QVariantMap>

namespace leverage {

// The one place where a parsed search becomes engine syntax (FTS5 MATCH text and SQL
// conditions over search_text, search_grams and search_facets; see SearchIndexSchema.h).
// PostgreSQL's tsvector translation goes beside it. User text only ever travels as bound
// values, and inside FTS5 query text only as double-quoted strings, so nothing typed can
// change either syntax.
class SearchSqlBuilder
{
public:
    struct Built
    {
        QString sql;
        QVariantMap values; // placeholder → value
    };

    // How many of the most recently added matches are ranked when there are words to rank by.
    static constexpr int kRankedWindow = 2000;

    // The results query: item, case, date, people, snippet, rank, the case's title; ranked by
    // bm25 then recency among the newest kRankedWindow matches when there are words to rank
    // by, else newest first.
    static Built results(const SearchQuery &query, int limit);

    // FTS5 query text for one term: "word", "a phrase", "pref" * (quotes doubled inside).
    static QString ftsTerm(const SearchTerm &term);
    // Whether text holds a script written without spaces (searched through trigrams).
    static bool isUnspaced(const QString &text);
};

} // namespace leverage

#pragma once

#include "core/domain/SearchQuery.h"
#include "core/store/SearchSqlBuilder.h"

#include <QString>

namespace leverage {

// The team workspace's twin of SearchSqlBuilder: the same parsed search as PostgreSQL SQL
// over search_docs (see SearchIndexSchema.h). Words and phrases become tsqueries built by
// the server from bound text (phraseto_tsquery, in both configurations, so that a name is
// found stemmed or not); a prefix becomes tsquery text made here of letters and digits only,
// each lexeme quoted. Parts of numbers and unspaced scripts are ILIKE patterns. Ranked by
// ts_rank with the columns weighted as bm25 weighs them, among the newest kRankedWindow
// matches, like the file's search; snippets by ts_headline.
class ServerSearchSqlBuilder
{
public:
    using Built = SearchSqlBuilder::Built;

    // The same columns, in the same order, as SearchSqlBuilder::results.
    static Built results(const SearchQuery &query, int limit);

    // tsquery text for a prefix term: its runs of letters and digits, in order, the last
    // one a prefix ('pre' <-> 'auth':*); empty when it has none.
    static QString prefixQuery(const QString &text);
};

} // namespace leverage

#pragma once

#include "core/domain/SearchQuery.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

struct sqlite3;

namespace leverage {

class Workspace;

// Reads and looks after the full-text index of one open workspace (SearchIndexSchema.h):
// results of a parsed query, a check against the tables, a rebuild.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(Workspace &workspace);

    // Whether the index was built for this version of the program (else search() says it is
    // not ready, and the window builds it with its progress shown).
    Result<bool> isCurrent();
    // Marks the index to be built again (a test's way to a workspace that needs it).
    Status markStale();

    // The best `limit` hits; an empty query has none; an index not built yet is an error
    // (Error::Code::Invalid) that says so.
    Result<QList<SearchHit>> search(const SearchQuery &query, int limit);
    // Rows of the index that differ from a fresh scan of the tables (0: exact); an index
    // whose own structure is damaged counts as one (checked on a writable workspace only).
    Result<qint64> differences();
    // Empties and refills the index from the tables, in one transaction, and marks it current.
    Status rebuild();
    // Stops a search running on this workspace's connection; safe from another thread.
    // The search returns an error with Error::Code::Conflict. (A file's only: on a server the
    // search runs to its end and its answer is dropped by the caller.)
    void interrupt();

private:
    Workspace &m_workspace;
    sqlite3 *m_handle = nullptr;
};

} // namespace leverage

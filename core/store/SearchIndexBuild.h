#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

struct sqlite3;

namespace leverage {

class SqlDialect;

// Builds the full-text index again from the tables in one transaction, a range of rows at a
// time, saying how far it is; cancel() (from any thread) stops it and rolls everything back,
// so the index stays as it was (and search says it is not ready). For the first build of a
// large workspace's index, which takes minutes: run on a connection of its own
// (SideConnection) off the GUI thread.
class SearchIndexBuild final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexBuild)

public:
    // done and total count the indexed tables' rows.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Rows indexed per statement: a cancel waits at most for one range's statement to be
    // interrupted.
    static constexpr qint64 kRangeRows = 20000;

    SearchIndexBuild(const QSqlDatabase &database, const SqlDialect &dialect);

    // Error::Code::Conflict when cancelled.
    Status run(const Progress &progress);
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    Status exec(const QString &sql, qint64 from = 0, qint64 to = 0);
    Status build(const Progress &progress);

    QSqlDatabase m_database;
    const SqlDialect &m_dialect;
    sqlite3 *m_handle = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace leverage

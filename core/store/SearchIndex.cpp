#include "core/store/SearchIndex.h"

#include "core/store/BulkInsert.h"
#include "core/store/SearchIndexSchema.h"
#include "core/store/SearchSqlBuilder.h"
#include "core/store/ServerSearchSqlBuilder.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace leverage {
namespace {

constexpr int kInterrupted = SQLITE_INTERRUPT;

} // namespace

SearchIndex::SearchIndex(Workspace &workspace)
    : m_workspace(workspace), m_handle(sqliteHandle(workspace.database(), workspace.dialect()))
{
}

Result<bool> SearchIndex::isCurrent()
{
    // A team workspace's index is filled when its schema is made and kept by the server's
    // triggers from then on.
    if (m_workspace.dialect().engine() != SqlDialect::Engine::Sqlite)
        return true;
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    statement.bind(QStringLiteral(":key"), QString::fromLatin1(searchindex::kStateKey));
    if (auto status = statement.exec(); !status)
        return status.error();
    return statement.next() &&
           statement.value(0).toString() == QString::number(searchindex::kIndexVersion);
}

Status SearchIndex::markStale()
{
    // The server's triggers keep its index; there is nothing to build again.
    if (m_workspace.dialect().engine() != SqlDialect::Engine::Sqlite)
        return {};
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_workspace.database(),
                        QStringLiteral("UPDATE meta SET value = :stale WHERE key = :key"));
    statement.bind(QStringLiteral(":stale"), QString::fromLatin1(searchindex::kStale));
    statement.bind(QStringLiteral(":key"), QString::fromLatin1(searchindex::kStateKey));
    if (auto status = statement.exec(); !status)
        return status;
    return transaction.commit();
}

Result<QList<SearchHit>> SearchIndex::search(const SearchQuery &query, int limit)
{
    QList<SearchHit> hits;
    if (query.isEmpty() || limit <= 0)
        return hits;
    auto current = isCurrent();
    if (!current)
        return current.error();
    if (!*current)
        return Error{Error::Code::Invalid,
                     tr("Search is not ready: its index has not been built for this workspace "
                        "yet. Open the workspace in Leverage to build it, or run "
                        "leverage check FILE --repair.")};
    const auto built = m_workspace.isTeamWorkspace() ? ServerSearchSqlBuilder::results(query, limit)
                                                     : SearchSqlBuilder::results(query, limit);
    Statement statement(m_workspace.database(), built.sql);
    for (auto it = built.values.cbegin(); it != built.values.cend(); ++it)
        statement.bind(it.key(), it.value());
    if (auto status = statement.exec(); !status) {
        if (m_handle && (sqlite3_errcode(m_handle) & 0xff) == kInterrupted)
            return Error{Error::Code::Conflict, tr("The search was replaced by a newer one.")};
        return status.error();
    }
    while (statement.next()) {
        SearchHit hit;
        const auto rowid = statement.value(0).toLongLong();
        hit.kind = SearchKind(rowid & ((1 << searchindex::kCodeBits) - 1));
        hit.id = rowid >> searchindex::kCodeBits;
        hit.caseId = statement.value(1).toLongLong();
        hit.atMs = statement.value(2).toLongLong();
        hit.people = statement.value(3).toString().simplified();
        hit.snippet = statement.value(4).toString().simplified();
        hit.rank = statement.value(5).toDouble();
        hit.caseTitle = statement.value(6).toString();
        hits << hit;
    }
    return hits;
}

Result<qint64> SearchIndex::differences()
{
    qint64 total = 0;
    for (const auto &sql : searchindex::verifyStatements(m_workspace.dialect())) {
        Statement statement(m_workspace.database(), sql);
        if (auto status = statement.exec(); !status)
            return status.error();
        if (statement.next())
            total += statement.value(0).toLongLong();
    }
    // The index's own structure against its stored text. FTS5 takes the check as a write
    // command, which a read-only connection refuses: a reader compares rows only. A server's
    // tsvector columns are generated from the rows' text, so comparing the text suffices.
    if (m_workspace.isReadOnly() || m_workspace.isTeamWorkspace())
        return total;
    for (const auto table : {"search_text", "search_grams"}) {
        Statement check(m_workspace.database(),
                        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1String(table)));
        if (auto status = check.exec(); !status) {
            if (status.code() == Error::Code::Corrupt)
                ++total;
            else
                return status.error();
        }
    }
    return total;
}

Status SearchIndex::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &sql : searchindex::rebuildStatements(m_workspace.dialect())) {
        Statement statement(m_workspace.database(), sql);
        if (auto status = statement.exec(); !status)
            return status;
    }
    if (auto status = transaction.commit(); !status)
        return status;
    logging::get("search")->info("search index rebuilt in {} ms", timer.elapsed());
    return {};
}

void SearchIndex::interrupt()
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace leverage

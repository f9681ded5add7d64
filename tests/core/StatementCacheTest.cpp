#include "core/store/StatementCache.h"
#include "core/store/CaseRepository.h"
#include "core/store/SideConnection.h"
#include "core/store/Statement.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::Engine;
using leverage::testing::TestWorkspace;

namespace {

// The workspace's connection keeps its prepared statements (StatementCache): the same read
// run again is not prepared again, returns the rows of its new values, and nothing kept
// outlives the connection or a schema change. On both engines.
class StatementCacheTest : public ::testing::TestWithParam<Engine>
{
protected:
    TestWorkspace ws{GetParam()};

    QString connection() { return ws->database().connectionName(); }

    void addCases(int count)
    {
        for (int i = 0; i < count; ++i) {
            Case c;
            c.title = QStringLiteral("Case %1").arg(i, 2, 10, QLatin1Char('0'));
            ASSERT_TRUE(ws->cases().add(c));
        }
    }

    QStringList titles(int offset, int limit)
    {
        CaseQuery byTitle;
        byTitle.sortBy = CaseQuery::SortBy::Title;
        byTitle.descending = false;
        auto page = ws->cases().page(byTitle, offset, limit);
        QStringList result;
        if (!page) {
            ADD_FAILURE() << page.message().toStdString();
            return result;
        }
        for (const auto &summary : *page)
            result << summary.caseData.title;
        return result;
    }

    // Statements the server holds prepared for this session (PostgreSQL only).
    qint64 preparedOnServer()
    {
        Statement count(ws->database(),
                        QStringLiteral("SELECT count(*) FROM pg_prepared_statements"));
        EXPECT_TRUE(count.exec());
        return count.next() ? count.value(0).toLongLong() : -1;
    }

    qint64 integer(const QString &sql)
    {
        Statement statement(ws->database(), sql);
        EXPECT_TRUE(statement.exec());
        return statement.next() ? statement.value(0).toLongLong() : -1;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, StatementCacheTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

} // namespace

TEST_P(StatementCacheTest, ARepeatedReadIsPreparedOnceAndReadsItsNewValues)
{
    addCases(5);
    EXPECT_EQ(titles(0, 2), (QStringList{QStringLiteral("Case 00"), QStringLiteral("Case 01")}));
    const qint64 prepared = GetParam() == Engine::Postgres ? preparedOnServer() : 0;
    const int kept = StatementCache::kept(connection());
    EXPECT_GT(kept, 0);
    EXPECT_EQ(titles(2, 2), (QStringList{QStringLiteral("Case 02"), QStringLiteral("Case 03")}));
    EXPECT_EQ(titles(4, 2), QStringList{QStringLiteral("Case 04")});
    EXPECT_EQ(StatementCache::kept(connection()), kept);
    if (GetParam() == Engine::Postgres) {
        EXPECT_EQ(preparedOnServer(), prepared); // no PREPARE without its DEALLOCATE
    }
}

TEST_P(StatementCacheTest, TheSameTextReadInsideItselfGetsASecondQuery)
{
    addCases(3);
    // A page (LIMIT): on PostgreSQL a read row by row cannot have another read inside it.
    const auto sql = QStringLiteral("SELECT title FROM cases WHERE id >= :id ORDER BY id LIMIT 10");
    Statement outer(ws->database(), sql);
    outer.bind(QStringLiteral(":id"), 0);
    ASSERT_TRUE(outer.exec());
    QStringList pairs;
    while (outer.next()) {
        Statement inner(ws->database(), sql);
        inner.bind(QStringLiteral(":id"), 3);
        ASSERT_TRUE(inner.exec());
        ASSERT_TRUE(inner.next());
        pairs << outer.value(0).toString() + u'/' + inner.value(0).toString();
    }
    EXPECT_EQ(pairs,
              (QStringList{QStringLiteral("Case 00/Case 02"), QStringLiteral("Case 01/Case 02"),
                           QStringLiteral("Case 02/Case 02")}));
}

TEST_P(StatementCacheTest, ASchemaChangeForgetsTheKeptStatements)
{
    addCases(2);
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM cases")), 2);
    EXPECT_GT(StatementCache::kept(connection()), 0);
    {
        WriteTransaction transaction(*ws);
        ASSERT_TRUE(
            Statement(ws->database(), QStringLiteral("CREATE TABLE scratch (n INTEGER)")).exec());
        EXPECT_EQ(StatementCache::kept(connection()), 0); // BEGIN's and the count's gone
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM scratch")), 0);
    {
        WriteTransaction transaction(*ws);
        ASSERT_TRUE(Statement(ws->database(), QStringLiteral("DROP TABLE scratch")).exec());
        ASSERT_TRUE(Statement(ws->database(), QStringLiteral("CREATE TABLE scratch (n INTEGER, "
                                                             "m INTEGER)"))
                        .exec());
        ASSERT_TRUE(
            Statement(ws->database(), QStringLiteral("INSERT INTO scratch (n, m) VALUES (1, 2)"))
                .exec());
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM scratch")), 1);
}

TEST_P(StatementCacheTest, AFailedWriteRolledBackLeavesTheKeptStatementsWorking)
{
    addCases(2);
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM cases")), 2);
    {
        WriteTransaction transaction(*ws);
        Statement wrong(ws->database(), QStringLiteral("INSERT INTO cases (id) VALUES (NULL)"));
        EXPECT_FALSE(wrong.exec());
    } // rolled back
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM cases")), 2);
    addCases(1);
    EXPECT_EQ(integer(QStringLiteral("SELECT count(*) FROM cases")), 3);
}

TEST_P(StatementCacheTest, NothingIsKeptOnceTheConnectionCloses)
{
    addCases(1);
    const auto before = connection();
    EXPECT_GT(StatementCache::kept(before), 0);
    ws.reopen();
    EXPECT_EQ(StatementCache::kept(before), 0);
    EXPECT_NE(connection(), before);
    EXPECT_EQ(titles(0, 10), QStringList{QStringLiteral("Case 00")});
    EXPECT_GT(StatementCache::kept(connection()), 0);
}

TEST_P(StatementCacheTest, AKeptReadHoldsNoLockOnTheRowsItRead)
{
    addCases(3);
    EXPECT_EQ(titles(0, 3).size(), 3);
    // Another connection writes while the read's statement is kept: on a file, a kept
    // statement that still held its read would keep the write-ahead log from being emptied.
    SideConnection other(ws.path());
    ASSERT_TRUE(other.status());
    {
        Statement write(other.database(), QStringLiteral("UPDATE cases SET title = 'Changed' "
                                                         "WHERE title = 'Case 00'"));
        ASSERT_TRUE(write.exec());
    }
    if (GetParam() == Engine::Sqlite) {
        Statement checkpoint(other.database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        ASSERT_TRUE(checkpoint.exec());
        ASSERT_TRUE(checkpoint.next());
        EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "the checkpoint was blocked";
    }
    EXPECT_EQ(titles(0, 3).first(), QStringLiteral("Case 01"));
}

// Reads by id (a pane's item, an undo's check) are bounded (LIMIT 1), so their statement is
// kept like a page's: on a server one EXECUTE each, not PREPARE, EXECUTE and DEALLOCATE.
TEST_P(StatementCacheTest, AnItemReadByIdIsPreparedOnce)
{
    addCases(3);
    const auto all = ws->cases().page(CaseQuery{}, 0, 10);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3);
    if (GetParam() == Engine::Postgres)
        preparedOnServer(); // its own statement kept before the counting starts
    const int before = StatementCache::kept(connection());
    auto first = ws->cases().get(all->at(0).caseData.meta.id);
    ASSERT_TRUE(first);
    const int kept = StatementCache::kept(connection());
    EXPECT_EQ(kept, before + 1);
    const qint64 prepared = GetParam() == Engine::Postgres ? preparedOnServer() : 0;
    for (const auto &summary : *all) {
        auto read = ws->cases().get(summary.caseData.meta.id);
        ASSERT_TRUE(read);
        EXPECT_EQ(read->title, summary.caseData.title);
    }
    EXPECT_EQ(StatementCache::kept(connection()), kept);
    if (GetParam() == Engine::Postgres) {
        EXPECT_EQ(preparedOnServer(), prepared);
    }
}

// A kept statement is still planned for its values on a server: a generic plan, made for an
// average case, read the one large case's first page twenty times slower (SqlDialect).
// PostgreSQL only: SQLite has no generic plan to fall back on.
TEST(StatementCacheServerTest, AKeptStatementIsPlannedForItsValues)
{
    TestWorkspace ws{Engine::Postgres};
    Statement setting(ws->database(), QStringLiteral("SELECT current_setting('plan_cache_mode')"));
    ASSERT_TRUE(setting.exec());
    ASSERT_TRUE(setting.next());
    EXPECT_EQ(setting.value(0).toString(), QStringLiteral("force_custom_plan"));
}

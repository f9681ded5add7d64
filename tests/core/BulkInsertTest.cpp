#include "core/store/BulkInsert.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

class BulkInsertTest : public ::testing::Test
{
protected:
    TestWorkspace ws;
    Case theCase;

    void SetUp() override
    {
        theCase.title = QStringLiteral("Refund promised on the phone");
        theCase.openedAt = Instant::fromDateTime(ws.clock().now().addDays(-30));
        ASSERT_TRUE(ws->cases().add(theCase));
    }

    // Entries that exercise every kind of column: empty and non-ASCII text, a NULL link and a
    // set one, an absent and a present optional number, both flags.
    QList<TimelineEntry> sampleEntries(int count)
    {
        QList<TimelineEntry> entries;
        for (int i = 0; i < count; ++i) {
            TimelineEntry e;
            e.caseId = theCase.meta.id;
            e.channel = i % 2 ? Channel::Email : Channel::Call;
            e.occurredAt = Instant::fromDateTime(ws.clock().now().addSecs(-3600 * (count - i)));
            e.durationSeconds = 60 * i;
            e.personName = i % 3 ? QStringLiteral("Dana Ruiz — Kundendienst ü") : QString();
            e.summary = QStringLiteral("Call %1 about the refund").arg(i);
            e.effort = i % 2 ? std::optional<int>(i % 5 + 1) : std::nullopt;
            e.serviceFailure = i % 4 == 0;
            e.isPrivate = i % 5 == 0;
            entries.append(e);
        }
        return entries;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(ws->database());
        EXPECT_TRUE(query.exec(sql));
        EXPECT_TRUE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_F(BulkInsertTest, AddManyStoresWhatAddWouldHaveStored)
{
    auto entries = sampleEntries(25);
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    ASSERT_TRUE(ws->timeline().addMany(entries));
    EXPECT_EQ(bulk.count(), 1);
    for (const auto &entry : entries) {
        ASSERT_GT(entry.meta.id, 0);
        auto stored = ws->timeline().get(entry.meta.id);
        ASSERT_TRUE(stored);
        EXPECT_EQ(*stored, entry);
    }
    // Empty text is '' and an absent link or number is NULL, as a single add stores them.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM timeline_entries WHERE person_name "
                                    "IS NULL OR notes IS NULL")),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM timeline_entries WHERE contact_id IS "
                                    "NULL AND helpfulness IS NULL")),
              25);
    // The case's last activity follows its newest entry.
    auto reloaded = ws->cases().get(theCase.meta.id);
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(reloaded->lastActivityAt.utcMs, entries.last().occurredAt.utcMs);
}

TEST_F(BulkInsertTest, AFailingRowLeavesNothingBehindAndSaysWhy)
{
    auto entries = sampleEntries(10);
    entries[7].caseId = theCase.meta.id + 1000; // no such case: the foreign key refuses it
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    const auto status = ws->timeline().addMany(entries);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Database);
    EXPECT_FALSE(status.message().isEmpty());
    EXPECT_EQ(bulk.count(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM timeline_entries")), 0);
    // The workspace still takes writes afterwards.
    auto good = sampleEntries(3);
    EXPECT_TRUE(ws->timeline().addMany(good));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM timeline_entries")), 3);
}

TEST_F(BulkInsertTest, TheEngineAndTheGenericPathStoreTheSameValues)
{
    const QString sql =
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) RETURNING rowid");
    for (const auto engine : {SqlDialect::Engine::Sqlite, SqlDialect::Engine::Postgres}) {
        // The Postgres dialect on a SQLite file takes the QSqlQuery path.
        BulkInsert insert(ws->database(), SqlDialect(engine), sql, 2);
        ASSERT_TRUE(insert.status()) << insert.status().message().toStdString();
        const QString prefix = engine == SqlDialect::Engine::Sqlite ? QStringLiteral("native")
                                                                    : QStringLiteral("generic");
        insert.bind(0, prefix + QStringLiteral("-text"));
        insert.bind(1, QStringLiteral("Grüße, 日本"));
        ASSERT_TRUE(insert.insert());
        insert.bind(0, prefix + QStringLiteral("-number"));
        insert.bind(1, qint64(1) << 40);
        ASSERT_TRUE(insert.insert());
        insert.bind(0, prefix + QStringLiteral("-empty"));
        insert.bind(1, QStringLiteral(""));
        ASSERT_TRUE(insert.insert());
        // A null string is NULL, which the NOT NULL column refuses with a clear error.
        insert.bind(0, prefix + QStringLiteral("-null"));
        insert.bind(1, QString());
        const auto refused = insert.insert();
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.code(), Error::Code::Database);
    }
    QSqlQuery query(ws->database());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT key, value, typeof(value) FROM meta WHERE key LIKE '%-%' ORDER BY key")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + QLatin1Char('=') + query.value(1).toString() +
                    QLatin1Char(':') + query.value(2).toString();
    EXPECT_EQ(rows, (QStringList{QStringLiteral("generic-empty=:text"),
                                 QStringLiteral("generic-number=1099511627776:text"),
                                 QStringLiteral("generic-text=Grüße, 日本:text"),
                                 QStringLiteral("native-empty=:text"),
                                 QStringLiteral("native-number=1099511627776:text"),
                                 QStringLiteral("native-text=Grüße, 日本:text")}));
}

TEST_F(BulkInsertTest, AStatementThatCannotBePreparedFailsEveryInsert)
{
    BulkInsert insert(ws->database(), ws->dialect(),
                      QStringLiteral("INSERT INTO no_such_table (a) VALUES (?) RETURNING id"), 1);
    EXPECT_FALSE(insert.status());
    insert.bind(0, 1);
    const auto id = insert.insert();
    ASSERT_FALSE(id);
    EXPECT_EQ(id.code(), Error::Code::Database);
}

#include "core/store/CaseRepository.h"
#include "core/store/Schema.h"
#include "core/store/SearchIndex.h"
#include "core/store/SqlDialect.h"
#include "core/store/TimelineRepository.h"
#include "core/util/Logging.h"
#include "tests/core/MigrationSteps.h"
#include "tests/support/LoggedText.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <thread>

using namespace leverage;
using leverage::testing::addVersionSevenLetter;
using leverage::testing::PostgresServer;
using leverage::testing::testNow;
using leverage::testing::wordSearch;

namespace {

class ServerWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.isRunning()) << server.error().toStdString(); }

    // Runs one statement on a database through a connection of its own (the owner's).
    bool runOn(const ServerAddress &address, const QString &sql)
    {
        bool ok = false;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            db.setHostName(address.host);
            db.setDatabaseName(address.database);
            db.setUserName(address.user);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    PostgresServer &server = PostgresServer::instance();
    FixedClock clock{testNow()};
};

} // namespace

TEST_F(ServerWorkspaceTest, TwoClientsStartingAtOnceMigrateOnce)
{
    const auto address = server.newEmptyDatabase();
    // Each client on a thread of its own, as two computers would be; both wait at the gate.
    std::atomic<int> ready{0};
    QString errors[2];
    int versions[2] = {0, 0};
    auto client = [&](int i) {
        ++ready;
        while (ready.load() < 2)
            std::this_thread::yield();
        auto opened = Workspace::openServer(address, clock);
        if (!opened)
            errors[i] = opened.message();
        else
            versions[i] = (*opened)->schemaVersion();
    };
    std::thread first(client, 0);
    std::thread second(client, 1);
    first.join();
    second.join();
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(errors[i].isEmpty()) << errors[i].toStdString();
        EXPECT_EQ(versions[i], schema::currentVersion());
    }
    auto again = Workspace::openServer(address, clock);
    ASSERT_TRUE(again);
    QSqlQuery meta((*again)->database());
    ASSERT_TRUE(meta.exec(QStringLiteral("SELECT count(*) FROM meta")));
    ASSERT_TRUE(meta.next());
    EXPECT_EQ(meta.value(0).toInt(), 1);
}

TEST_F(ServerWorkspaceTest, ADatabaseOfAnotherProgramIsRefusedAndLeftAsItIs)
{
    const auto address = server.newEmptyDatabase();
    ASSERT_TRUE(runOn(address, QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    auto opened = Workspace::openServer(address, clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.code(), Error::Code::NotAWorkspace);
    EXPECT_TRUE(opened.message().contains(address.database)) << opened.message().toStdString();
    EXPECT_FALSE(runOn(address, QStringLiteral("SELECT 1 FROM meta")));
}

TEST_F(ServerWorkspaceTest, ANewerSchemaIsRefusedAndNotWritten)
{
    const auto address = server.newWorkspaceDatabase();
    ASSERT_TRUE(runOn(address, QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                              "'schema_version'")));
    auto opened = Workspace::openServer(address, clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.code(), Error::Code::NewerVersion);
    EXPECT_TRUE(opened.message().contains(QStringLiteral("newer version")));
}

TEST_F(ServerWorkspaceTest, AFailedConnectionSaysSoAndNeverLogsThePassword)
{
    QTemporaryDir logs;
    logging::setUp(logs.path(), false);
    auto address = server.addressOf(QStringLiteral("no_such_database"));
    address.password = QStringLiteral("s3cret-Passw0rd");
    auto opened = Workspace::openServer(address, clock);
    logging::get("store")->flush();
    logging::setUp({}, false);
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.message().contains(QStringLiteral("could not connect")))
        << opened.message().toStdString();
    EXPECT_FALSE(opened.message().contains(address.password));
    const QByteArray logged = leverage::testing::loggedText(logs.path());
    EXPECT_TRUE(logged.contains("no_such_database")) << "the failure was not logged at all";
    EXPECT_FALSE(logged.contains("s3cret-Passw0rd"));
}

TEST_F(ServerWorkspaceTest, AColleaguesChangeArrivesAsTheSameSignalWithinASecond)
{
    const auto address = server.newWorkspaceDatabase();
    auto mine = Workspace::openServer(address, clock);
    auto theirs = Workspace::openServer(address, clock);
    ASSERT_TRUE(mine && theirs);
    Case c;
    c.title = QStringLiteral("Shared case");
    QSignalSpy caseSeen(theirs->get(), &Workspace::caseAdded);
    ASSERT_TRUE((*mine)->cases().add(c));
    ASSERT_TRUE(caseSeen.wait(1000));
    EXPECT_EQ(caseSeen.first().at(0).value<RowId>(), c.meta.id);

    QSignalSpy ownEntries(mine->get(), &Workspace::entryAdded);
    QSignalSpy theirEntries(theirs->get(), &Workspace::entryAdded);
    std::vector<qint64> delaysUs;
    for (int i = 0; i < 40; ++i) {
        TimelineEntry e;
        e.caseId = c.meta.id;
        e.occurredAt = Instant::fromDateTime(clock.now().addSecs(60 * i));
        e.summary = QStringLiteral("Call %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE((*mine)->timeline().add(e));
        ASSERT_TRUE(theirEntries.size() > i || theirEntries.wait(1000)) << "edit " << i;
        delaysUs.push_back(timer.nsecsElapsed() / 1000);
        EXPECT_EQ(theirEntries.at(i).at(0).value<RowId>(), c.meta.id);
        EXPECT_EQ(theirEntries.at(i).at(1).value<RowId>(), e.meta.id);
    }
    // The writer hears of its own change once (after its commit), not a second time.
    QTest::qWait(50);
    EXPECT_EQ(ownEntries.size(), 40);
    std::sort(delaysUs.begin(), delaysUs.end());
    const auto median = delaysUs[delaysUs.size() / 2];
    const auto p95 = delaysUs[delaysUs.size() * 95 / 100];
    std::printf("live update delay (write, commit, notification, signal): median %lld us, "
                "95th percentile %lld us\n",
                static_cast<long long>(median), static_cast<long long>(p95));
    EXPECT_LT(p95, 1000 * 1000);
}

// A team workspace of schema 7 with a letter, upgraded: the letter's words are found at once,
// without the letter being saved again (its plain text is made during the upgrade, and the
// server's index takes it in the same transaction); its HTML is not indexed.
TEST_F(ServerWorkspaceTest, ALettersWordsAreFoundRightAfterTheUpgrade)
{
    const auto address = server.newEmptyDatabase();
    {
        Workspace::Options older;
        older.migrations = schema::migrations(SqlDialect(SqlDialect::Engine::Postgres));
        older.migrations.resize(7);
        auto old = Workspace::openServer(address, clock, older);
        ASSERT_TRUE(old) << old.message().toStdString();
        ASSERT_EQ((*old)->schemaVersion(), 7);
        QSqlQuery q((*old)->database());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO cases (uuid, created_at, updated_at, title, "
                                          "reference, status) VALUES ('c1', 0, 0, 'Lost bag', "
                                          "'AT-4471', 'open')")));
        addVersionSevenLetter(q);
    }
    auto upgraded = Workspace::openServer(address, clock);
    ASSERT_TRUE(upgraded) << upgraded.message().toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), schema::currentVersion());
    SearchIndex index(**upgraded);
    EXPECT_TRUE(*index.isCurrent());
    const auto letter = index.search(wordSearch(QStringLiteral("chargeback")), 10);
    ASSERT_TRUE(letter) << letter.message().toStdString();
    ASSERT_EQ(letter->size(), 1);
    EXPECT_EQ(letter->first().kind, SearchKind::Letter);
    EXPECT_TRUE(index.search(wordSearch(QStringLiteral("margin")), 10)->isEmpty());
}

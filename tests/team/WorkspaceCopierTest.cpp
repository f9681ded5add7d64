#include "core/store/WorkspaceCopier.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/SearchIndex.h"
#include "core/store/ServerCopyIn.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::PostgresServer;
using leverage::testing::TestWorkspace;

namespace {

class WorkspaceCopierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
        ASSERT_TRUE(DemoWorkspaceBuilder(*file).build());
    }

    std::unique_ptr<Workspace> openServer(const ServerAddress &address)
    {
        auto opened = Workspace::openServer(address, file.clock());
        EXPECT_TRUE(opened) << opened.message().toStdString();
        return opened ? std::move(*opened) : nullptr;
    }

    qint64 rowsOn(Workspace &workspace, const QString &table)
    {
        QSqlQuery query(workspace.database());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    PostgresServer &server = PostgresServer::instance();
    TestWorkspace file;
};

} // namespace

TEST_F(WorkspaceCopierTest, EveryTableArrivesWithTheSameCountAndHash)
{
    auto to = openServer(server.newEmptyDatabase());
    ASSERT_TRUE(to);
    auto copied = WorkspaceCopier::copy(*file, *to);
    ASSERT_TRUE(copied) << copied.message().toStdString();
    QStringList tables;
    for (const auto &table : *copied) {
        tables << table.table;
        EXPECT_EQ(rowsOn(*file, table.table), table.rows) << table.table.toStdString();
        EXPECT_EQ(rowsOn(*to, table.table), table.rows) << table.table.toStdString();
    }
    for (const char *table : {"cases", "timeline_entries", "contacts", "commitments", "follow_ups",
                              "escalation_steps", "letters", "seals"})
        EXPECT_TRUE(tables.contains(QLatin1String(table))) << table;
    EXPECT_GT(rowsOn(*to, QStringLiteral("timeline_entries")), 10);

    // The server's workspace works as a workspace: its repositories read the same cases, and
    // new rows are numbered after the copied ones.
    const CaseQuery byTitle{std::nullopt, {}, CaseQuery::SortBy::Title, false};
    auto fileCases = file->cases().page(byTitle, 0, 100);
    auto serverCases = to->cases().page(byTitle, 0, 100);
    ASSERT_TRUE(fileCases && serverCases);
    ASSERT_EQ(fileCases->size(), serverCases->size());
    RowId newest = 0;
    for (int i = 0; i < fileCases->size(); ++i) {
        EXPECT_EQ(fileCases->at(i).caseData, serverCases->at(i).caseData);
        EXPECT_EQ(fileCases->at(i).organizationName, serverCases->at(i).organizationName);
        newest = std::max(newest, fileCases->at(i).caseData.meta.id);
    }
    Case added;
    added.title = QStringLiteral("Added on the server");
    ASSERT_TRUE(to->cases().add(added));
    EXPECT_GT(added.meta.id, newest);

    // The server's search index was filled by its own triggers as the rows arrived.
    auto drift = SearchIndex(*to).differences();
    ASSERT_TRUE(drift) << drift.message().toStdString();
    EXPECT_EQ(*drift, 0);
}

TEST_F(WorkspaceCopierTest, TextWithCopysOwnEscapesArrivesAsItWas)
{
    // The rows go by COPY in its text format: a tab, a line break, a backslash and its \N
    // (COPY's NULL) inside a note must arrive as typed, and an empty note stay empty, not NULL.
    const QString awkward = QStringLiteral("tab\there\nnext line\r\nback\\slash \\N "
                                           "\\x41 \u00e9\u4e2d");
    auto caseId = leverage::testing::caseTitledIn(*file, QStringLiteral("Dishwasher"));
    TimelineEntry entry;
    entry.caseId = caseId;
    entry.occurredAt = Instant::fromDateTime(file.clock().now());
    entry.summary = awkward;
    entry.notes = QString(QLatin1String(""));
    ASSERT_TRUE(file->timeline().add(entry));
    auto to = openServer(server.newEmptyDatabase());
    ASSERT_TRUE(to);
    ASSERT_TRUE(ServerCopyIn::available(to->database())); // not multi-row INSERTs
    auto copied = WorkspaceCopier::copy(*file, *to);
    ASSERT_TRUE(copied) << copied.message().toStdString();
    auto arrived = to->timeline().get(entry.meta.id);
    ASSERT_TRUE(arrived) << arrived.message().toStdString();
    EXPECT_EQ(arrived->summary, awkward);
    EXPECT_EQ(*arrived, *file->timeline().get(entry.meta.id));
}

TEST_F(WorkspaceCopierTest, AServerWorkspaceWithRowsIsRefusedAndLeftAsItWas)
{
    auto to = openServer(server.newWorkspaceDatabase());
    ASSERT_TRUE(to);
    Case mine;
    mine.title = QStringLiteral("Already here");
    ASSERT_TRUE(to->cases().add(mine));
    auto copied = WorkspaceCopier::copy(*file, *to);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.code(), Error::Code::Conflict);
    EXPECT_TRUE(copied.message().contains(QStringLiteral("not empty")));
    EXPECT_EQ(rowsOn(*to, QStringLiteral("cases")), 1);
    EXPECT_EQ(rowsOn(*to, QStringLiteral("timeline_entries")), 0);
}

TEST_F(WorkspaceCopierTest, AFailureHalfWayLeavesNothingCopied)
{
    // SQLite keeps a NUL character in text; PostgreSQL refuses it: the last case fails to
    // arrive after organizations, contacts and other cases went in.
    {
        QSqlQuery query(file->database());
        ASSERT_TRUE(query.exec(
            QStringLiteral("UPDATE cases SET desired_outcome = 'a' || char(0) || 'b' WHERE id = "
                           "(SELECT max(id) FROM cases)")));
    }
    auto to = openServer(server.newEmptyDatabase());
    ASSERT_TRUE(to);
    auto copied = WorkspaceCopier::copy(*file, *to);
    ASSERT_FALSE(copied);
    EXPECT_FALSE(copied.message().isEmpty());
    for (const char *table : {"organizations", "contacts", "cases", "timeline_entries"})
        EXPECT_EQ(rowsOn(*to, QLatin1String(table)), 0) << table;
}

TEST_F(WorkspaceCopierTest, TheMigrateVerbCopiesAFileAndReportsEachTable)
{
    const auto path = file.path();
    auto cases = file->cases().count({});
    ASSERT_TRUE(cases);
    file.close();
    const auto target = server.newEmptyDatabase();
    auto run =
        leverage::testing::runLeverage({QStringLiteral("migrate"), path, target.displayUrl()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("timeline_entries: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("every table's count and hash match")));
    auto to = openServer(target);
    ASSERT_TRUE(to);
    auto serverCases = to->cases().count({});
    ASSERT_TRUE(serverCases);
    EXPECT_EQ(*serverCases, *cases);

    // The reading verbs work on the server: its cases, and the hash chain sealed in the file
    // verifies on the server's copy.
    auto listed = leverage::testing::runLeverage({QStringLiteral("cases"), target.displayUrl()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.out.count(QLatin1Char('\n')), *cases);
    auto verified = leverage::testing::runLeverage({QStringLiteral("verify"), target.displayUrl()});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Intact"))) << verified.out.toStdString();

    // Twice is refused: the server's workspace is no longer empty.
    auto again =
        leverage::testing::runLeverage({QStringLiteral("migrate"), path, target.displayUrl()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not empty"))) << again.err.toStdString();
}

// leverage export: the team workspace back into a new file, every table checked, the file's
// own search index built by its triggers, and the seals still verifying.
TEST_F(WorkspaceCopierTest, TheExportVerbWritesTheServerBackIntoANewFile)
{
    const auto address = server.newEmptyDatabase();
    {
        auto to = openServer(address);
        ASSERT_TRUE(to);
        ASSERT_TRUE(WorkspaceCopier::copy(*file, *to));
        Case added;
        added.title = QStringLiteral("Written on the server");
        ASSERT_TRUE(to->cases().add(added));
    }
    QTemporaryDir folder;
    const auto path = folder.filePath(QStringLiteral("back.leverage"));
    auto run =
        leverage::testing::runLeverage({QStringLiteral("export"), address.displayUrl(), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("timeline_entries: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("every table's count and hash match")));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("back.leverage")});

    auto back = Workspace::open(path, file.clock());
    ASSERT_TRUE(back) << back.message().toStdString();
    for (const char *table : {"cases", "timeline_entries", "contacts", "letters", "seals"})
        EXPECT_EQ(rowsOn(**back, QLatin1String(table)) -
                      (QLatin1String(table) == QLatin1String("cases") ? 1 : 0),
                  rowsOn(*file, QLatin1String(table)))
            << table;
    auto drift = SearchIndex(**back).differences();
    ASSERT_TRUE(drift) << drift.message().toStdString();
    EXPECT_EQ(*drift, 0);
    (*back).reset();
    auto verified = leverage::testing::runLeverage({QStringLiteral("verify"), path});
    EXPECT_EQ(verified.exitCode, 0) << verified.out.toStdString() << verified.err.toStdString();

    // Never over an existing file.
    const auto before = leverage::testing::fileChecksum(path);
    auto again =
        leverage::testing::runLeverage({QStringLiteral("export"), address.displayUrl(), path});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists"))) << again.err.toStdString();
    EXPECT_EQ(leverage::testing::fileChecksum(path), before);
}

TEST_F(WorkspaceCopierTest, AnExportThatFailsHalfWayLeavesNoFileBehind)
{
    const auto address = server.newEmptyDatabase();
    {
        auto to = openServer(address);
        ASSERT_TRUE(to);
        ASSERT_TRUE(WorkspaceCopier::copy(*file, *to));
        // An entry of a case that does not exist, which the server was told to allow (raw SQL
        // as its superuser) and the file refuses when it arrives, after other tables went in.
        QSqlQuery query(to->database());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "ALTER TABLE timeline_entries DROP CONSTRAINT timeline_entries_case_id_fkey")));
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE timeline_entries SET case_id = 999999 WHERE id = (SELECT max(id) FROM "
            "timeline_entries)")));
    }
    QTemporaryDir folder;
    const auto path = folder.filePath(QStringLiteral("back.leverage"));
    auto run =
        leverage::testing::runLeverage({QStringLiteral("export"), address.displayUrl(), path});
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
}

// Rolling backups: a consistent, checked, private copy made while the window keeps writing,
// off the window's thread; the last ten and one a day for thirty days are kept.
#include "core/store/WorkspaceBackup.h"
#include "core/store/BackupRunner.h"
#include "core/store/CaseRepository.h"
#include "tests/benchmarks/LargeWorkspace.h"
#include "tests/support/TestWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

int casesIn(const QString &file, const Clock &clock)
{
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    auto opened = Workspace::open(file, clock, options);
    EXPECT_TRUE(opened) << opened.message().toStdString();
    return opened ? int(*(*opened)->cases().count({})) : -1;
}

void addCase(Workspace &workspace, const QString &title)
{
    Case c;
    c.title = title;
    ASSERT_TRUE(workspace.cases().add(c));
}

} // namespace

TEST(WorkspaceBackupTest, ACopyWhileTheWindowWritesHoldsEveryCommitAndIsPrivate)
{
    TestWorkspace ws;
    for (int i = 0; i < 3; ++i)
        addCase(*ws, QStringLiteral("Case %1").arg(i)); // in the -wal, not yet in the file
    const mode_t previous = ::umask(022);
    const QString folder = QDir(ws.directory()).filePath(QStringLiteral("backups"));
    auto written = WorkspaceBackup::rollingBackup(ws.path(), folder, ws.clock().now());
    ::umask(previous);
    ASSERT_TRUE(written) << written.message().toStdString();
    EXPECT_EQ(casesIn(*written, ws.clock()), 3);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(*written).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    ASSERT_EQ(::stat(QFile::encodeName(folder).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    // Nothing half-written is left beside it.
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);
    addCase(*ws, QStringLiteral("after the backup")); // the window still writes
    EXPECT_EQ(*ws->cases().count({}), 4);
}

TEST(WorkspaceBackupTest, TheRunnerWorksOffTheCallersThread)
{
    TestWorkspace ws;
    addCase(*ws, QStringLiteral("One"));
    const QString folder = QDir(ws.directory()).filePath(QStringLiteral("backups"));
    BackupRunner runner(ws.path(), folder);
    QSignalSpy finished(&runner, &BackupRunner::finished);
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(runner.start(ws.clock().now()));
    EXPECT_LT(timer.elapsed(), 50) << "start() waited for the copy";
    EXPECT_FALSE(runner.start(ws.clock().now())) << "two backups at once";
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(casesIn(finished.first().at(1).toString(), ws.clock()), 1);
}

TEST(WorkspaceBackupTest, KeepsTheLastTenAndOneADayForThirtyDays)
{
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    QList<WorkspaceBackup::Entry> entries; // newest first
    for (int i = 0; i < 12; ++i)           // twelve today, ten minutes apart
        entries.append({QStringLiteral("today-%1").arg(i), now.addSecs(-600 * i)});
    for (int day = 1; day <= 40; ++day)
        for (int i = 0; i < 2; ++i) // two on each earlier day
            entries.append({QStringLiteral("day-%1-%2").arg(day).arg(i),
                            now.addDays(-day).addSecs(-3600 * i)});
    const auto pruned = WorkspaceBackup::toPrune(entries, now);
    QStringList kept;
    for (const auto &entry : entries)
        if (!pruned.contains(entry.path))
            kept << entry.path;
    QStringList expected;
    for (int i = 0; i < 10; ++i)
        expected << QStringLiteral("today-%1").arg(i);
    for (int day = 1; day <= 29; ++day)
        expected << QStringLiteral("day-%1-0").arg(day);
    EXPECT_EQ(kept, expected);
}

// Found measuring the window during a backup of the large workspace: SQLite restarts a stepped
// backup whenever another connection commits, so a user saving every few seconds kept a large
// workspace's backup from ever finishing. Any workspace larger than two of the backup's steps
// (16 MiB each) shows it; 50,000 entries make about three.
TEST(WorkspaceBackupTest, FinishesWhileTheWindowKeepsCommitting)
{
    TestWorkspace ws;
    bench::LargeWorkspaceSize size;
    size.organizations = 20;
    size.contacts = 200;
    size.cases = 200;
    size.entries = 50'000;
    size.heavyCaseEntries = 1'000;
    ASSERT_TRUE(bench::generateLargeWorkspace(*ws, size));
    const QString folder = QDir(ws.directory()).filePath(QStringLiteral("backups"));
    BackupRunner runner(ws.path(), folder);
    QSignalSpy finished(&runner, &BackupRunner::finished);
    ASSERT_TRUE(runner.start(ws.clock().now()));
    int commits = 0;
    QElapsedTimer timer;
    timer.start();
    while (finished.isEmpty() && timer.elapsed() < 30000) {
        addCase(*ws, QStringLiteral("Saved during the backup %1").arg(commits++));
        QCoreApplication::processEvents();
    }
    ASSERT_FALSE(finished.isEmpty()) << "still copying after 30 s and " << commits << " commits";
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_GE(casesIn(finished.first().at(1).toString(), ws.clock()), 200);
    EXPECT_GT(QFileInfo(finished.first().at(1).toString()).size(), 16 * 1024 * 1024)
        << "a copy made in one step passes without the fix";
}

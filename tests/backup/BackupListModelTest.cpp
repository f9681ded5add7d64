// The list File → Restore from Backup… shows: newest first, with case counts; a damaged
// backup is listed as unreadable and cannot be chosen.
#include "ui/models/backup/BackupListModel.h"
#include "core/store/CaseRepository.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace leverage;

TEST(BackupListModelTest, ListsNewestFirstWithCaseCountsAndRefusesADamagedCopy)
{
    leverage::testing::TestWorkspace ws;
    const QString folder = QDir(ws.directory()).filePath(QStringLiteral("backups"));
    const QDateTime first = ws.clock().now();
    for (int i = 0; i < 2; ++i) {
        Case c;
        c.title = QStringLiteral("Case %1").arg(i);
        ASSERT_TRUE(ws->cases().add(c));
        ASSERT_TRUE(WorkspaceBackup::rollingBackup(ws.path(), folder, first.addSecs(60 * i)));
    }
    const QString stem = QFileInfo(ws.path()).completeBaseName();
    QFile damaged(QDir(folder).filePath(stem + QStringLiteral("-20200101-000000000.leverage")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    damaged.write("not a database at all, a failed copy");
    damaged.close();

    models::BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.load(folder, ws.path());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, models::BackupListModel::Cases).data().toString(),
              QStringLiteral("2"));
    EXPECT_EQ(model.index(1, models::BackupListModel::Cases).data().toString(),
              QStringLiteral("1"));
    EXPECT_FALSE(model.pathAt(0).isEmpty());
    EXPECT_TRUE(model.pathAt(2).isEmpty()) << "a damaged copy cannot be chosen";
    EXPECT_FALSE(model.flags(model.index(2, 0)).testFlag(Qt::ItemIsEnabled));

    const QString restored = QDir(ws.directory()).filePath(QStringLiteral("restored.leverage"));
    ASSERT_TRUE(models::BackupListModel::restore(model.pathAt(1), restored));
    EXPECT_EQ(models::BackupListModel::casesIn(restored), 1);
    const auto again = models::BackupListModel::restore(model.pathAt(0), restored);
    ASSERT_FALSE(again) << "an existing file is never replaced";
    EXPECT_TRUE(again.message().contains(QStringLiteral("choose a name")));
    EXPECT_EQ(models::BackupListModel::casesIn(restored), 1);
    EXPECT_FALSE(models::BackupListModel::restore(
        model.index(2, 0).data(models::BackupListModel::PathRole).toString(),
        QDir(ws.directory()).filePath(QStringLiteral("x.leverage"))));
}

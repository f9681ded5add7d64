// Automatic backups in the real window (after edits, at most once per interval, on close) and
// File → Restore from Backup… into a new file, never over the open one.
#include "app/FeatureWiring.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/backup/BackupController.h"
#include "ui/common/MessageBar.h"
#include "ui/models/backup/AutoBackup.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <sys/stat.h>

using namespace leverage;

namespace {

class BackupWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("backup/folder"), backupFolder());
        settings.setValue(QStringLiteral("backup/intervalSeconds"), 3600);
        settings.sync();
        ASSERT_TRUE(m_real.open(workspacePath(), m_clock, true));
        m_window = &m_real.window();
    }

    QString workspacePath() const { return m_dir.filePath(QStringLiteral("w.leverage")); }
    QString backupFolder() const { return m_dir.filePath(QStringLiteral("backups")); }
    QList<WorkspaceBackup::Entry> backups() const
    {
        return WorkspaceBackup::list(backupFolder(), QStringLiteral("w"));
    }
    int casesNow() { return int(*m_window->workspace().cases().count({})); }
    void addCase(const QString &title)
    {
        Case c;
        c.title = title;
        ASSERT_TRUE(m_window->editor().addCase(c));
    }
    models::AutoBackup &autoBackup() { return *m_real.features().backups()->autoBackup(); }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    ui::MainWindow *m_window = nullptr;
};

// Runs `act` on the first modal dialog of type T to appear (polled: one dialog may close and
// the next open within the same event-loop turn).
template <typename T> void whenShown(std::function<void(T *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, act, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        } else if (++*tries > 500) {
            poll->stop();
            poll->deleteLater();
            ADD_FAILURE() << "the dialog never appeared";
        }
    });
    poll->start();
}

} // namespace

TEST_F(BackupWindowTest, AnEditIsBackedUpSoonAfterAndTheNextEditsWaitForTheInterval)
{
    EXPECT_TRUE(backups().isEmpty()) << "no change, no backup";
    QSignalSpy written(&autoBackup(), &models::AutoBackup::backupWritten);
    addCase(QStringLiteral("Refund for the broken boiler"));
    ASSERT_TRUE(written.wait(10000));
    ASSERT_EQ(backups().size(), 1);
    EXPECT_EQ(WorkspaceBackup::caseCount(backups().first().path), casesNow());

    // Within the interval (an hour here), more edits wait for it: no second copy yet…
    addCase(QStringLiteral("Second"));
    addCase(QStringLiteral("Third"));
    EXPECT_FALSE(written.wait(3000));
    EXPECT_EQ(backups().size(), 1);
    EXPECT_TRUE(autoBackup().isPending());
    // …and closing the workspace writes them.
    const int cases = casesNow();
    m_real.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return backups().size() == 2; }, 10000))
        << backups().size() << " backups";
    EXPECT_EQ(WorkspaceBackup::caseCount(backups().first().path), cases);
}

TEST_F(BackupWindowTest, AFailedBackupIsReportedWithWhatToDo)
{
    QFile blocker(backupFolder()); // a file where the folder should be
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy written(&autoBackup(), &models::AutoBackup::backupWritten);
    addCase(QStringLiteral("One"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !autoBackup().isPending(); }, 10000));
    EXPECT_TRUE(written.isEmpty());
    const QString shown = m_window->messageBar()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("backup could not be written")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Backup Settings"))) << shown.toStdString();
}

TEST_F(BackupWindowTest, RestoreListsTheBackupsAndRestoresIntoANewFileThenOpensIt)
{
    QSignalSpy written(&autoBackup(), &models::AutoBackup::backupWritten);
    addCase(QStringLiteral("Kept in the backup"));
    ASSERT_TRUE(written.wait(10000));
    const int backedUpCases = casesNow();
    addCase(QStringLiteral("After the backup"));
    const QString restored = m_dir.filePath(QStringLiteral("restored.leverage"));
    m_real.features().backups()->setFileChooser([&](QWidget *, const QString &suggestion) {
        EXPECT_TRUE(suggestion.endsWith(QStringLiteral(".leverage")));
        return m_dir.filePath(QStringLiteral("restored")); // the suffix is added
    });
    int listed = -1;
    QString countShown;
    whenShown<QDialog>([&](QDialog *dialog) {
        auto *list = dialog->findChild<QTreeView *>(QStringLiteral("backupList"));
        ASSERT_NE(list, nullptr);
        listed = list->model()->rowCount();
        countShown = list->model()->index(0, 1).data().toString();
        QTest::keyClick(list, Qt::Key_Return);
        // Then the question whether to open it.
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Open)->click(); });
    });
    m_real.features().restoreBackupAction()->trigger();
    EXPECT_EQ(listed, 1);
    EXPECT_EQ(countShown, QString::number(backedUpCases));
    EXPECT_EQ(m_window->workspace().filePath(), restored);
    EXPECT_EQ(casesNow(), backedUpCases);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(restored).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u) << "private to the user";
}

TEST_F(BackupWindowTest, TheOpenWorkspaceIsNeverOverwritten)
{
    QSignalSpy written(&autoBackup(), &models::AutoBackup::backupWritten);
    addCase(QStringLiteral("One"));
    ASSERT_TRUE(written.wait(10000));
    addCase(QStringLiteral("Two"));
    const int cases = casesNow();
    m_real.features().backups()->setFileChooser(
        [&](QWidget *, const QString &) { return workspacePath(); });
    whenShown<QDialog>([](QDialog *dialog) {
        auto *list = dialog->findChild<QTreeView *>();
        ASSERT_NE(list, nullptr);
        QTest::keyClick(list, Qt::Key_Return);
    });
    m_real.features().restoreBackupAction()->trigger();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(casesNow(), cases);
    EXPECT_EQ(m_window->workspace().filePath(), workspacePath());
    EXPECT_TRUE(m_window->messageBar()->text().contains(QStringLiteral("choose another name")))
        << m_window->messageBar()->text().toStdString();
}

TEST_F(BackupWindowTest, TheMenusOfferRestoreBackupSettingsAndTheLogFolder)
{
    const auto &f = m_real.features();
    EXPECT_TRUE(m_window->fileMenu()->actions().contains(f.restoreBackupAction()));
    EXPECT_TRUE(m_window->fileMenu()->actions().contains(f.backupSettingsAction()));
    EXPECT_TRUE(m_window->helpMenu()->actions().contains(f.openLogFolderAction()));
}

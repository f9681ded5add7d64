// backup_stall LARGE.leverage: the GUI thread's longest stall while the real main window backs
// up a large workspace (make one with generate_large_workspace; the file gains a few cases).
// A 1 ms timer on the GUI thread measures the gaps (StallMeter: each taken apart into the
// thread's own work, its wait for a processor, and the time it was blocked); meanwhile the
// window adds a case every 200 ms through its undo stack, as a user editing during the backup
// would. Prints the backup's time, the longest gap during it, and the longest gap of as long a
// stretch without a backup.
#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/support/StallMeter.h"
#include "ui/backup/BackupController.h"
#include "ui/models/backup/AutoBackup.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <cstdio>

using namespace leverage;

namespace {

struct Gaps
{
    testing::StallMeter::Gap longest;
    testing::StallMeter::Gap longestOwn; // less the waiting for a processor
    int edits = 0;
    qint64 longestEditMs = 0;
};

// Runs the event loop until `done` says so, measuring the GUI thread's gaps and editing.
Gaps measure(ui::MainWindow &window, const std::function<bool()> &done)
{
    Gaps gaps;
    testing::StallMeter stalls(1);
    QTimer edit;
    edit.setInterval(200);
    QObject::connect(&edit, &QTimer::timeout, [&] {
        QElapsedTimer timer;
        timer.start();
        Case c;
        c.title = QStringLiteral("Edited during the backup %1").arg(gaps.edits);
        (void)window.editor().addCase(c);
        ++gaps.edits;
        gaps.longestEditMs = qMax(gaps.longestEditMs, timer.elapsed());
    });
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (done())
            loop.quit();
    });
    stalls.start();
    edit.start();
    check.start();
    loop.exec();
    gaps.longest = stalls.longest();
    gaps.longestOwn = stalls.longestOwn();
    return gaps;
}

void print(const char *what, const testing::StallMeter::Gap &gap)
{
    std::printf("  %s: %.1f ms of %.1f (ran %.1f, waited for a processor %.1f, blocked %.1f)\n",
                what, gap.ownUs() / 1000.0, gap.wallUs / 1000.0, gap.ranUs / 1000.0,
                gap.waitedForCpuUs / 1000.0, gap.blockedUs() / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: backup_stall LARGE.leverage\n");
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    logging::setUp({}, false);
    QTemporaryDir settingsDir;
    QTemporaryDir backups;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().setValue(QStringLiteral("backup/folder"), backups.path());
    SystemClock clock;
    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!opened) {
        std::fprintf(stderr, "backup_stall: %s\n", qPrintable(opened.message()));
        return 1;
    }
    auto assembled = app::assembleMainWindow(std::move(*opened));
    auto &window = *assembled.window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(1000); // let start-up work settle
    auto *autoBackup = assembled.features->backups()->autoBackup();
    bool written = false;
    QObject::connect(autoBackup, &models::AutoBackup::backupWritten, [&] { written = true; });

    // One edit starts the backup two seconds later; the measure covers it from that edit on.
    QElapsedTimer total;
    total.start();
    qint64 startedAt = -1;
    const Gaps during = measure(window, [&] {
        if (startedAt < 0 && autoBackup->isRunning())
            startedAt = total.elapsed();
        return written;
    });
    const qint64 backupMs = total.elapsed() - qMax<qint64>(startedAt, 0);
    QElapsedTimer idle;
    idle.start();
    const Gaps without = measure(window, [&] { return idle.elapsed() >= backupMs; });
    std::printf("backup: %.2f s (%lld edits during it, longest edit %lld ms; %lld edits "
                "without, longest %lld ms)\n",
                backupMs / 1000.0, static_cast<long long>(during.edits),
                static_cast<long long>(during.longestEditMs), static_cast<long long>(without.edits),
                static_cast<long long>(without.longestEditMs));
    std::printf("GUI thread during the backup:\n");
    print("longest stall (its own part)", during.longest);
    print("longest less the waiting for a processor", during.longestOwn);
    std::printf("GUI thread without a backup, as long:\n");
    print("longest stall (its own part)", without.longest);
    print("longest less the waiting for a processor", without.longestOwn);

    // Then File → Restore from Backup… into a new file, as a user would: the newest backup,
    // a new name; timed from the choice to the question whether to open the copy.
    const QString restored = backups.filePath(QStringLiteral("restored.leverage"));
    assembled.features->backups()->setFileChooser(
        [&](QWidget *, const QString &) { return restored; });
    QElapsedTimer restoring;
    qint64 restoreMs = -1;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            restoreMs = restoring.elapsed();
            poll.stop();
            box->button(QMessageBox::Close)->click();
        } else if (modal != nullptr && !restoring.isValid()) {
            if (auto *list = modal->findChild<QTreeView *>(QStringLiteral("backupList"))) {
                restoring.start();
                QTest::keyClick(list, Qt::Key_Return);
            }
        }
    });
    testing::StallMeter restoreStalls(1);
    restoreStalls.start();
    poll.start();
    assembled.features->restoreBackupAction()->trigger();
    restoreStalls.stop();
    if (restoreMs < 0 || !QFileInfo::exists(restored)) {
        std::fprintf(stderr, "backup_stall: the restore did not finish\n");
        return 1;
    }
    std::printf("restore into a new file: %.2f s\nGUI thread during the restore:\n",
                restoreMs / 1000.0);
    print("longest stall (its own part)", restoreStalls.longest());
    print("longest less the waiting for a processor", restoreStalls.longestOwn());
    return 0;
}

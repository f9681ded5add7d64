// backup_stall LARGE.leverage: the GUI thread's longest stall while the real main window backs
// up a large workspace (make one with generate_large_workspace; the file gains a few cases).
// A 1 ms timer on the GUI thread measures the gaps; meanwhile the window adds a case every
// 200 ms through its undo stack, as a user editing during the backup would. Prints the backup's
// time, the longest gap during it, and the longest gap of as long a stretch without a backup.
#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/backup/BackupController.h"
#include "ui/models/backup/AutoBackup.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace leverage;

namespace {

struct Gaps
{
    qint64 longestMs = 0;
    qint64 longestBesidesEditsMs = 0; // the gap less the time the edits in it took
    int edits = 0;
    qint64 longestEditMs = 0;
};

// Runs the event loop until `done` says so, measuring the GUI thread's gaps and editing.
Gaps measure(ui::MainWindow &window, const std::function<bool()> &done)
{
    Gaps gaps;
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 editingSinceTick = 0;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 gap = sinceTick.restart();
        gaps.longestMs = qMax(gaps.longestMs, gap);
        gaps.longestBesidesEditsMs = qMax(gaps.longestBesidesEditsMs, gap - editingSinceTick);
        editingSinceTick = 0;
    });
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
        editingSinceTick += timer.elapsed();
    });
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (done())
            loop.quit();
    });
    tick.start();
    edit.start();
    check.start();
    loop.exec();
    return gaps;
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
    std::printf("backup: %.2f s (%lld edits during it, longest edit %lld ms)\n", backupMs / 1000.0,
                static_cast<long long>(during.edits), static_cast<long long>(during.longestEditMs));
    std::printf("GUI thread longest stall during the backup: %lld ms\n",
                static_cast<long long>(during.longestMs));
    std::printf("GUI thread longest stall without a backup, as long: %lld ms\n",
                static_cast<long long>(without.longestMs));
    std::printf("the same less the edits' own time: %lld ms during the backup, %lld ms without\n",
                static_cast<long long>(during.longestBesidesEditsMs),
                static_cast<long long>(without.longestBesidesEditsMs));
    return 0;
}

// Measures how long the call-notes editor can keep a typist waiting while the draft autosaves:
// sends key events into the pane offscreen, one every SPACING ms, and reports the longest
// interval between two of them (and how many saves ran meanwhile). Not a timed unit test: a
// tool for the measurement. Usage:
//   call_typing_probe [WORKSPACE_TO_COPY] [KEYS=2000] [SPACING_MS=10]
// With no workspace, a small one is made; a given one is copied first, never written.
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/models/calls/LiveCall.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace leverage;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    logging::setUp({}, false);
    const auto args = app.arguments();
    const int keys = args.size() > 2 ? args[2].toInt() : 2000;
    const int spacingMs = args.size() > 3 ? args[3].toInt() : 10;

    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("probe.leverage"));
    if (args.size() > 1 && !QFile::copy(args[1], path)) {
        std::fprintf(stderr, "could not copy %s\n", qPrintable(args[1]));
        return 1;
    }
    SystemClock clock;
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    auto &ws = **opened;
    RowId caseId = 1;
    if (args.size() <= 1) {
        Case c;
        c.title = QStringLiteral("Probe");
        c.openedAt = Instant::fromDateTime(clock.now());
        ws.cases().add(c);
        caseId = c.meta.id;
    }

    leverage::testing::RecordingErrorReporter reporter;

    QUndoStack undo;
    ui::CallNotesPane pane(ws, undo, reporter);
    pane.show();
    QApplication::setActiveWindow(&pane);
    if (!QTest::qWaitForWindowActive(&pane))
        return 1;
    pane.startCall(caseId);
    auto *notes = pane.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    const int savesBefore = pane.call().saveCount();

    const QString text = QStringLiteral("the agent says the refund form must be posted first ");
    std::vector<qint64> intervals;
    intervals.reserve(keys);
    // Intervals in which an autosave ran, apart, to tell a save's stall from machine noise.
    std::vector<qint64> withSave;
    bool savedMeanwhile = false;
    QObject::connect(&pane.call(), &models::LiveCall::saved,
                     [&savedMeanwhile] { savedMeanwhile = true; });
    QElapsedTimer clockMs;
    clockMs.start();
    qint64 last = -1;
    for (int i = 0; i < keys; ++i) {
        // Wait for the next key's moment, letting the event loop (timers, autosave) run.
        while (last >= 0 && clockMs.nsecsElapsed() - last < qint64(spacingMs) * 1'000'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        const qint64 now = clockMs.nsecsElapsed();
        if (last >= 0) {
            intervals.push_back(now - last);
            if (savedMeanwhile)
                withSave.push_back(now - last);
        }
        savedMeanwhile = false;
        last = now;
        const QChar ch = text.at(i % text.size());
        if (i % 70 == 69)
            QTest::keyClick(notes, Qt::Key_Return);
        else
            QTest::keyClick(notes, ch.toLatin1());
    }
    QTest::qWait(models::LiveCall::kMaxUnsavedMs + 200);
    std::sort(intervals.begin(), intervals.end());
    const auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    std::printf("keys %d, spacing %d ms, saves %d, notes %lld chars\n", keys, spacingMs,
                pane.call().saveCount() - savesBefore,
                static_cast<long long>(notes->toPlainText().size()));
    std::printf("interval between key events: median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                ms(intervals[intervals.size() / 2]), ms(intervals[intervals.size() * 99 / 100]),
                ms(intervals.back()));
    std::printf("longest extra wait over the spacing: %.2f ms\n", ms(intervals.back()) - spacingMs);
    std::sort(withSave.begin(), withSave.end());
    if (!withSave.empty())
        std::printf("intervals with an autosave in them: %zu, median %.2f ms, max %.2f ms\n",
                    withSave.size(), ms(withSave[withSave.size() / 2]), ms(withSave.back()));
    std::printf("longest time a save held the typing thread: %.2f ms; longest write on the "
                "writer thread: %.2f ms\n",
                double(pane.call().longestSaveMicroseconds()) / 1000.0,
                double(pane.call().longestWriteMicroseconds()) / 1000.0);
    pane.call().discard();
    return 0;
}

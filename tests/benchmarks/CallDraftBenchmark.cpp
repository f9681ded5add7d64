// Time per call-draft save on a large workspace (issue 4: typing never waits on the disk).
// Works on its own copy of LEVERAGE_BENCH_WORKSPACE (a file made by generate_large_workspace),
// so the original is never written; generates a workspace when the variable is unset.
#include "core/calls/CallSession.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace leverage;

QTemporaryDir *scratch()
{
    static QTemporaryDir dir;
    return &dir;
}

QString workspaceCopy()
{
    static QString path;
    if (!path.isEmpty())
        return path;
    path = scratch()->filePath(QStringLiteral("calls-bench.leverage"));
    const auto source = qEnvironmentVariable("LEVERAGE_BENCH_WORKSPACE");
    SystemClock clock;
    if (source.isEmpty()) {
        auto opened = Workspace::open(path, clock);
        if (!opened || !bench::generateLargeWorkspace(**opened, {}))
            qFatal("could not generate the benchmark workspace");
    } else if (!QFile::copy(source, path) ||
               (QFileInfo::exists(source + QStringLiteral("-wal")) &&
                !QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")))) {
        qFatal("could not copy the benchmark workspace");
    }
    return path;
}

// One save of a live call's notes, `state.range(0)` characters long, as the autosave does.
void BM_SaveCallDraft(benchmark::State &state)
{
    SystemClock clock;
    auto opened = Workspace::open(workspaceCopy(), clock);
    if (!opened) {
        state.SkipWithError("open failed");
        return;
    }
    auto &ws = **opened;
    CallSession session(ws);
    auto call = session.start(1);
    if (!call) {
        state.SkipWithError("start failed");
        return;
    }
    auto live = *call;
    const QString paragraph = QStringLiteral("[12:40] The agent says the refund needs a form. ");
    while (live.notes.size() < state.range(0))
        live.notes += paragraph;
    for (auto _ : state) {
        live.notes[0] = live.notes[0] == QLatin1Char('[') ? QLatin1Char('(') : QLatin1Char('[');
        if (!session.save(live))
            state.SkipWithError("save failed");
    }
    state.counters["entries"] = double(*ws.timeline().countAll());
    session.discard(live.draftId);
}
BENCHMARK(BM_SaveCallDraft)->Arg(2'000)->Arg(40'000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    leverage::logging::setUp({}, false);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

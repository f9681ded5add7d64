// Google Benchmark over a large workspace. Set LEVERAGE_BENCH_WORKSPACE to a file made by
// generate_large_workspace (it is generated into the temp folder when unset).
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <benchmark/benchmark.h>

namespace {

using namespace leverage;

QString workspacePath()
{
    auto path = qEnvironmentVariable("LEVERAGE_BENCH_WORKSPACE");
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("leverage-bench.leverage"));
    if (!QFileInfo::exists(path)) {
        SystemClock clock;
        auto opened = Workspace::open(path, clock);
        if (!opened || !bench::generateLargeWorkspace(**opened, {}))
            qFatal("could not generate the benchmark workspace");
    }
    return path;
}

void BM_OpenWorkspace(benchmark::State &state)
{
    SystemClock clock;
    const auto path = workspacePath();
    for (auto _ : state) {
        auto opened = Workspace::open(path, clock);
        if (!opened)
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(opened);
    }
}
BENCHMARK(BM_OpenWorkspace)->Unit(benchmark::kMillisecond);

void BM_FirstPageOfCases(benchmark::State &state)
{
    SystemClock clock;
    auto opened = Workspace::open(workspacePath(), clock);
    for (auto _ : state) {
        CaseQuery query;
        auto count = (*opened)->cases().count(query);
        auto page = (*opened)->cases().page(query, 0, 200);
        benchmark::DoNotOptimize(count);
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_FirstPageOfCases)->Unit(benchmark::kMillisecond);

// Selecting the case with 10,000 entries: its count and first page, newest first.
void BM_FirstPageOfHeavyCase(benchmark::State &state)
{
    SystemClock clock;
    auto opened = Workspace::open(workspacePath(), clock);
    for (auto _ : state) {
        auto count = (*opened)->timeline().count(1);
        auto page = (*opened)->timeline().page(1, true, 0, 200);
        if (!page || page->size() != 200)
            state.SkipWithError("heavy case page incomplete");
        benchmark::DoNotOptimize(count);
    }
}
BENCHMARK(BM_FirstPageOfHeavyCase)->Unit(benchmark::kMillisecond);

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

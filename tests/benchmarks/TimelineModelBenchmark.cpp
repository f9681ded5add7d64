// Selecting a case in the timeline pane, measured through the model the pane shows: from
// setCaseId until the first screenful of rows has been read as a view paints it. Set
// LEVERAGE_BENCH_WORKSPACE to a file made by generate_large_workspace (case 1 is the case
// with 10,000 entries).
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/timeline/TimelineModel.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using namespace leverage;

constexpr RowId kHeavyCase = 1;
constexpr RowId kOtherCase = 2;
constexpr int kRowsOnScreen = 40;

void selectCase(benchmark::State &state, bool newestFirst)
{
    SystemClock clock;
    auto opened = Workspace::open(qEnvironmentVariable("LEVERAGE_BENCH_WORKSPACE"), clock);
    if (!opened) {
        state.SkipWithError("the workspace did not open");
        return;
    }
    models::TimelineModel model(**opened);
    model.setNewestFirst(newestFirst);
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        model.setCaseId(kOtherCase); // the user comes from another case
        state.ResumeTiming();
        model.setCaseId(kHeavyCase);
        const int visible = qMin(kRowsOnScreen, model.rowCount());
        for (int row = 0; row < visible; ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                benchmark::DoNotOptimize(model.data(model.index(row, column)));
        rows = model.totalCount();
    }
    if (rows < 10'000)
        state.SkipWithError("case 1 does not have 10,000 entries; use generate_large_workspace");
    state.counters["entries"] = double(rows);
}

void BM_SelectHeavyCaseNewestFirst(benchmark::State &state)
{
    selectCase(state, true);
}
BENCHMARK(BM_SelectHeavyCaseNewestFirst)->Unit(benchmark::kMillisecond);

void BM_SelectHeavyCaseOldestFirst(benchmark::State &state)
{
    selectCase(state, false);
}
BENCHMARK(BM_SelectHeavyCaseOldestFirst)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!QFileInfo::exists(qEnvironmentVariable("LEVERAGE_BENCH_WORKSPACE"))) {
        std::fprintf(stderr, "timeline_model_benchmark: set LEVERAGE_BENCH_WORKSPACE to a file "
                             "made by generate_large_workspace\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    leverage::logging::setUp({}, false);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// The clocks of the 10,000 cases of a large generated workspace (issue 19: all < 1 s, one
// case < 5 ms). Run by hand: build/release/tests/benchmarks/clock_benchmark. The workspace
// is generated into a temporary folder with every case given a jurisdiction, a sector and
// one to three triggers (the timeline is kept small: clocks do not read it).
#include "core/clocks/ClockService.h"
#include "core/services/Clock.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace leverage;

struct Fixture
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
};

Fixture &fixture()
{
    static Fixture *made = [] {
        auto *f = new Fixture;
        auto opened = Workspace::open(f->dir.filePath(QStringLiteral("clocks.leverage")), f->clock);
        if (!opened)
            qFatal("could not create the benchmark workspace");
        f->workspace = std::move(*opened);
        Workspace &ws = *f->workspace;
        if (!bench::generateLargeWorkspace(ws, {500, 2'000, 10'000, 20'000, 1'000}))
            qFatal("could not generate the benchmark workspace");
        const clocks::CaseJurisdiction places[] = {
            {QStringLiteral("GB"), {}, QStringLiteral("finance")},
            {QStringLiteral("GB"), {}, QStringLiteral("telecom")},
            {QStringLiteral("US"), {}, QStringLiteral("finance")},
            {QStringLiteral("US"), {}, QStringLiteral("credit_reporting")},
            {QStringLiteral("AU"), {}, QStringLiteral("finance")},
            {QStringLiteral("DE"), {}, QStringLiteral("distance_sale")}};
        WriteTransaction transaction(ws);
        QList<clocks::ClockTrigger> triggers;
        for (RowId caseId = 1; caseId <= 10'000; ++caseId) {
            if (!CaseJurisdictionRepository(ws).set(caseId, places[caseId % 6]))
                qFatal("could not set a jurisdiction");
            const QDate received = QDate(2025, 1, 1).addDays(caseId % 600);
            for (const char *event : {"complaint", "final_response", "delivery"}) {
                clocks::ClockTrigger t;
                t.caseId = caseId;
                t.event = QString::fromLatin1(event);
                t.receivedOn = received.addDays(triggers.size() % 3 * 20);
                t.sentOn = t.receivedOn.addDays(-1);
                triggers << t;
                if (caseId % 3 == 0)
                    break;
            }
        }
        if (!ClockTriggerRepository(ws).addMany(triggers) || !transaction.commit())
            qFatal("could not add the triggers");
        return f;
    }();
    return *made;
}

void BM_EveryClockOfTenThousandCases(benchmark::State &state)
{
    clocks::ClockService service(*fixture().workspace);
    qsizetype count = 0;
    for (auto _ : state) {
        auto all = service.all();
        if (!all)
            state.SkipWithError("computing failed");
        count = all->size();
    }
    state.counters["clocks"] = double(count);
}
BENCHMARK(BM_EveryClockOfTenThousandCases)->Unit(benchmark::kMillisecond);

void BM_OneCasesClocks(benchmark::State &state)
{
    clocks::ClockService service(*fixture().workspace);
    RowId caseId = 1;
    for (auto _ : state) {
        auto clocks = service.forCase(caseId);
        if (!clocks || clocks->isEmpty())
            state.SkipWithError("no clocks");
        caseId = caseId % 10'000 + 1;
    }
}
BENCHMARK(BM_OneCasesClocks)->Unit(benchmark::kMicrosecond);

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

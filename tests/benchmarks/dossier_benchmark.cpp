// A heavy case: 1,000 timeline entries (a third with notes) and 60 commitments, assembled
// from the store and rendered to a PDF. Target: under 3 s for the whole, median of 5, and
// within 3x of BM_QtFloorSamePages (Qt alone drawing as many pages) in the same run.
//
//   cmake --build --preset release --target dossier_benchmark
//   QT_QPA_PLATFORM=offscreen build/release/tests/dossier_benchmark
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/PdfFloor.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

using namespace leverage;

constexpr int kEntries = 1000;

void must(const Status &status)
{
    if (!status) {
        std::fprintf(stderr, "cannot fill the workspace: %s\n", qPrintable(status.message()));
        std::abort();
    }
}

struct HeavyCase
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600)};
    std::unique_ptr<Workspace> workspace;
    RowId caseId = 0;

    HeavyCase()
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("bench.leverage")), clock);
        if (!opened) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.message()));
            std::abort();
        }
        workspace = std::move(*opened);
        WriteTransaction transaction(*workspace);
        Organization organization;
        organization.name = QStringLiteral("Consolidated Utilities");
        must(workspace->organizations().add(organization));
        QList<Contact> people;
        for (int i = 0; i < 12; ++i) {
            Contact contact;
            contact.organizationId = organization.meta.id;
            contact.name = QStringLiteral("Agent %1").arg(i + 1);
            contact.position = i < 8 ? QStringLiteral("Customer Service Representative")
                                     : QStringLiteral("Billing Supervisor");
            must(workspace->contacts().add(contact));
            people.append(contact);
        }
        Case theCase;
        theCase.title = QStringLiteral("Billing dispute over three years of estimated readings");
        theCase.organizationId = organization.meta.id;
        theCase.reference = QStringLiteral("Account 5511-0042");
        theCase.openedAt = Instant::fromDateTime(clock.now().addDays(-1100));
        theCase.amountSoughtCents = 248000;
        must(workspace->cases().add(theCase));
        caseId = theCase.meta.id;
        for (int i = 0; i < kEntries; ++i) {
            const Contact &who = people.at(i % people.size());
            TimelineEntry entry;
            entry.caseId = caseId;
            entry.channel = i % 4 == 1 ? Channel::Email : Channel::Call;
            entry.occurredAt =
                Instant::fromDateTime(clock.now().addDays(-1100 + i).addSecs((i * 7919) % 28800));
            entry.durationSeconds = 300 + (i * 37) % 2400;
            entry.holdSeconds = entry.durationSeconds / 4 + i % 60;
            entry.contactId = who.meta.id;
            entry.personName = who.name;
            entry.personPosition = who.position;
            entry.referenceNumber = QStringLiteral("TK-%1").arg(100000 + i);
            entry.summary = QStringLiteral("Asked again why the bill uses an estimate; told a "
                                           "meter reading is booked (call %1)")
                                .arg(i + 1);
            if (i % 3 == 0)
                entry.notes = QStringLiteral(
                    "Read back the last three bills and the meter photo dates.\nAgent agreed the "
                    "reading of 14 March was never entered and said she would open a billing "
                    "review; asked for her supervisor's name and the review number.");
            entry.serviceFailure = i % 50 == 0;
            must(workspace->timeline().add(entry));
            if (i % 17 == 0) {
                Commitment commitment;
                commitment.caseId = caseId;
                commitment.entryId = entry.meta.id;
                commitment.contactId = who.meta.id;
                commitment.madeByName = who.name;
                commitment.what = QStringLiteral("Open a billing review and call back");
                commitment.madeAt = entry.occurredAt;
                commitment.dueAt = Instant::fromDateTime(entry.occurredAt.toDateTime().addDays(5));
                commitment.status = i % 2 ? CommitmentStatus::Broken : CommitmentStatus::Kept;
                must(workspace->commitments().add(commitment));
            }
        }
        if (!transaction.commit()) {
            std::fprintf(stderr, "cannot fill the workspace\n");
            std::abort();
        }
    }
};

HeavyCase &heavyCase()
{
    static HeavyCase instance;
    return instance;
}

void BM_AssembleAndRenderPdf(benchmark::State &state)
{
    auto &heavy = heavyCase();
    DossierOptions options;
    options.paper = DossierOptions::Paper::A4;
    const QString path = heavy.dir.filePath(QStringLiteral("bench.pdf"));
    for (auto _ : state) {
        auto data = DossierAssembler(*heavy.workspace).assemble(heavy.caseId, options);
        if (!data || data->timeline.size() != kEntries) {
            state.SkipWithError("assembly failed");
            break;
        }
        if (!DossierRenderer::renderPdf(*data, options, path)) {
            state.SkipWithError("rendering failed");
            break;
        }
        benchmark::ClobberMemory();
    }
    state.counters["entries"] = kEntries;
}
BENCHMARK(BM_AssembleAndRenderPdf)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// The floor beside it, in the same run: Qt alone drawing as many pages of timeline-like lines.
void BM_QtFloorSamePages(benchmark::State &state)
{
    auto &heavy = heavyCase();
    DossierOptions options;
    options.paper = DossierOptions::Paper::A4;
    auto data = DossierAssembler(*heavy.workspace).assemble(heavy.caseId, options);
    QPdfWriter measure(heavy.dir.filePath(QStringLiteral("measure.pdf")));
    measure.setPageLayout(options.pageLayout());
    measure.setResolution(600);
    const int pages = data ? DossierRenderer::pageCount(*data, measure) : 0;
    const QString path = heavy.dir.filePath(QStringLiteral("floor.pdf"));
    for (auto _ : state)
        bench::drawPdfFloor(path, pages);
    state.counters["pages"] = pages;
}
BENCHMARK(BM_QtFloorSamePages)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void BM_AssembleOnly(benchmark::State &state)
{
    auto &heavy = heavyCase();
    for (auto _ : state) {
        auto data = DossierAssembler(*heavy.workspace).assemble(heavy.caseId, {});
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_AssembleOnly)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv); // fonts and QPdfWriter need Qt Gui
    leverage::logging::setUp({}, false);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

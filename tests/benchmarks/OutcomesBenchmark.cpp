// outcomes_benchmark LARGE.leverage (by hand, offscreen): the Outcomes window on a large
// workspace (make one with generate_large_workspace; 10,000 cases, 1,000,000 entries), beside
// an anchor in the same run: the cases pane loading the same workspace. Cases without an
// outcome get one first (two in five closed, items in USD and EUR), once, so that the
// figures have something to group, and each case one of three sectors, so that the sector
// filter has a choice: it writes, so give it a copy of a shared file. Each time is
// to a painted window (grab() paints it), over OUTCOMES_BENCH_RUNS runs (5 by default), with
// the process's CPU time beside the wall time (a loaded machine stretches the one, not the
// other). Each re-filter (an organization, a sector, each status, an opened-from date and a
// range; each undone again) is timed on each tab, the tab already in view. It also times a
// check of the per-case sums the store keeps against a fresh computation over every entry
// (what each open did before schema 9) and says how many rows differ; OUTCOMES_BENCH_NO_CHECK
// set skips it.
#include "core/outcomes/CaseOutcome.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeGrouper.h"
#include "core/outcomes/OutcomeTable.h"
#include "core/services/Clock.h"
#include "core/store/CaseFigures.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/outcomes/OutcomesWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

using namespace leverage;

namespace {

const int kRuns = qEnvironmentVariableIntValue("OUTCOMES_BENCH_RUNS") > 0
                      ? qEnvironmentVariableIntValue("OUTCOMES_BENCH_RUNS")
                      : 5;

// The CPU time of the process so far (every thread), in ms: beside the wall time, what a
// loaded machine does not stretch.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Two cases in five closed with an outcome and one or two items, the rest left open.
Status addOutcomes(Workspace &workspace, const Clock &clock)
{
    OutcomeRepository outcomes(workspace);
    auto facts = OutcomeFactsReader(workspace).read();
    if (!facts)
        return facts.error();
    std::vector<RowId> cases;
    for (const auto &row : facts->cases)
        cases.push_back(row.caseId);
    WriteTransaction transaction(workspace);
    const Instant now = Instant::fromDateTime(clock.now());
    const outcomes::Outcome kinds[] = {
        outcomes::Outcome::ResolvedMoney, outcomes::Outcome::ExplanationOnly,
        outcomes::Outcome::ResolvedCredit, outcomes::Outcome::NoResponse};
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (i % 5 >= 2)
            continue;
        outcomes::CaseOutcome record;
        record.caseId = cases[i];
        record.outcome = kinds[i % 4];
        record.closedAt = now;
        record.items << outcomes::OutcomeItem{outcomes::OutcomeItemKind::Refund,
                                              qint64(1000 + i % 9000),
                                              QStringLiteral("USD"),
                                              QDate(2025, 1 + int(i % 12), 1),
                                              {}};
        if (i % 3 == 0)
            record.items << outcomes::OutcomeItem{
                outcomes::OutcomeItemKind::Voucher, 2500, QStringLiteral("EUR"), {}, {}};
        if (auto status = outcomes.setState(cases[i], record, CaseStatus::Closed); !status)
            return status;
    }
    return transaction.commit();
}

// The filter changes a person makes, each followed by its undoing: an organization (a
// different one per tab), the one sector, each status, an opened-from date and a range.
std::vector<std::function<void()>> filterChanges(ui::OutcomesWindow &window, int tab)
{
    auto *organization = window.findChild<QComboBox *>(QStringLiteral("organizationFilter"));
    auto *sector = window.findChild<QComboBox *>(QStringLiteral("sectorFilter"));
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *useFrom = window.findChild<QCheckBox *>(QStringLiteral("openedFromCheck"));
    auto *from = window.findChild<QDateTimeEdit *>(QStringLiteral("openedFromDate"));
    std::vector<std::function<void()>> changes;
    if (!organization || !sector || !status || !useFrom || !from) {
        std::fprintf(stderr, "a filter field is missing\n");
        std::exit(1);
    }
    const auto choose = [&changes](QComboBox *combo, int index) {
        if (combo->count() > 1 && index < combo->count())
            changes.push_back([combo, index] { combo->setCurrentIndex(index); });
    };
    choose(organization, 1 + tab);
    choose(organization, 0);
    choose(sector, 1);
    choose(sector, 2);
    choose(sector, 0);
    choose(status, 1);
    choose(status, 2);
    choose(status, 0);
    changes.push_back([useFrom] { useFrom->setChecked(true); });
    changes.push_back([from] { from->setDate(QDate(2024, 1, 1)); });
    changes.push_back([from] { from->setDate(QDate(2025, 6, 1)); });
    changes.push_back([useFrom] { useFrom->setChecked(false); });
    return changes;
}

// Each case a sector of three, so that the sector filter has something to choose (the
// generated workspace has none).
Status addSectors(Workspace &workspace, const std::vector<RowId> &cases)
{
    CaseJurisdictionRepository jurisdictions(workspace);
    const QString sectors[] = {QStringLiteral("finance"), QStringLiteral("telecom"),
                               QStringLiteral("travel")};
    WriteTransaction transaction(workspace);
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (auto status = jurisdictions.set(cases[i], {QStringLiteral("US"), {}, sectors[i % 3]});
            !status)
            return status;
    return transaction.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: outcomes_benchmark LARGE.leverage\n");
        return 2;
    }
    logging::setUp({}, false);
    SystemClock clock;
    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Workspace &workspace = **opened;
    const auto closed = [&workspace] {
        auto facts = OutcomeFactsReader(workspace).read();
        return facts ? std::count_if(facts->cases.begin(), facts->cases.end(),
                                     [](const auto &row) { return row.outcome.has_value(); })
                     : -1;
    };
    if (closed() == 0)
        if (auto status = addOutcomes(workspace, clock); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.message()));
            return 1;
        }
    if (auto facts = OutcomeFactsReader(workspace).read(false);
        facts && std::none_of(facts->cases.begin(), facts->cases.end(),
                              [](const auto &row) { return !row.sector.isEmpty(); })) {
        std::vector<RowId> cases;
        for (const auto &row : facts->cases)
            cases.push_back(row.caseId);
        if (auto status = addSectors(workspace, cases); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.message()));
            return 1;
        }
    }
    const auto entries = workspace.timeline().countAll();
    std::printf("workspace: %lld entries, %ld cases closed with an outcome\n",
                entries ? qint64(*entries) : -1LL, long(closed()));

    {
        // Where the time goes: the store's queries, the facts made ready for grouping (once per
        // read), one grouping of every case (once per filter change), every table written out.
        QElapsedTimer parts;
        parts.start();
        auto facts = OutcomeFactsReader(workspace).read();
        const double read = parts.nsecsElapsed() / 1e6;
        const std::size_t caseCount = facts->cases.size();
        const std::size_t itemCount = facts->items.size();
        const std::size_t partCount = facts->contactCases.size();
        parts.restart();
        const outcomes::OutcomeGrouper grouper(std::move(*facts));
        const double prepared = parts.nsecsElapsed() / 1e6;
        parts.restart();
        const auto figures = grouper.figures({});
        const double grouped = parts.nsecsElapsed() / 1e6;
        parts.restart();
        for (auto grouping :
             {outcomes::OutcomeTable::Grouping::Organization,
              outcomes::OutcomeTable::Grouping::Month, outcomes::OutcomeTable::Grouping::Contact,
              outcomes::OutcomeTable::Grouping::TroubleByOrganization,
              outcomes::OutcomeTable::Grouping::TroubleByCase})
            outcomes::OutcomeTable::of(figures, grouping);
        std::printf("facts read %.0f ms (%zu cases, %zu items, %zu contact-case rows), prepared "
                    "%.0f ms, grouped %.0f ms, every table written out %.0f ms\n",
                    read, caseCount, itemCount, partCount, prepared, grouped,
                    parts.nsecsElapsed() / 1e6);
    }
    if (!qEnvironmentVariableIsSet("OUTCOMES_BENCH_NO_CHECK")) {
        // The kept per-case sums checked against a fresh computation over every entry and
        // promise: what each open summed before the store kept them (and proof that the sums
        // read above are exact on this workspace).
        QElapsedTimer check;
        check.start();
        const auto differences = casefigures::differences(workspace);
        std::printf("kept sums checked against a fresh computation over the entries: %.0f ms, "
                    "%lld rows differ\n",
                    check.nsecsElapsed() / 1e6, differences ? qint64(*differences) : -1LL);
    }
    testing::RecordingErrorReporter reporter;
    std::vector<double> pane, window, windowCpu, contactsTab, contactsTabCpu;
    std::vector<double> refilter[ui::OutcomesWindow::kTabCount];
    std::vector<double> refilterCpu[ui::OutcomesWindow::kTabCount];
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            QUndoStack stack;
            ui::CasesPane cases(workspace, stack);
            cases.resize(900, 700);
            cases.show();
            while (cases.model()->rowCount() == 0)
                QCoreApplication::processEvents();
            cases.grab();
            pane.push_back(timer.nsecsElapsed() / 1e6);
        }

        timer.restart();
        double cpu = cpuMs();
        ui::OutcomesWindow outcomes(workspace, reporter);
        outcomes.show(); // reads the facts and groups them
        outcomes.grab();
        window.push_back(timer.nsecsElapsed() / 1e6);
        windowCpu.push_back(cpuMs() - cpu);

        for (int tab = 0; tab < ui::OutcomesWindow::kTabCount; ++tab) {
            timer.restart();
            cpu = cpuMs();
            outcomes.showTab(ui::OutcomesWindow::Tab(tab));
            outcomes.grab();
            if (tab == int(ui::OutcomesWindow::Tab::Contacts)) {
                contactsTab.push_back(timer.nsecsElapsed() / 1e6);
                contactsTabCpu.push_back(cpuMs() - cpu);
            }
            for (const auto &change : filterChanges(outcomes, tab)) {
                timer.restart();
                cpu = cpuMs();
                change();
                outcomes.grab();
                refilter[tab].push_back(timer.nsecsElapsed() / 1e6);
                refilterCpu[tab].push_back(cpuMs() - cpu);
            }
        }
    }
    const auto slowest = [](const std::vector<double> &values) {
        return *std::max_element(values.begin(), values.end());
    };
    const double anchor = median(pane);
    std::printf("cases pane, shown and painted (anchor): median %.0f ms\n", anchor);
    std::printf("Outcomes window, shown and painted:    median %.0f ms (%.1f x the anchor), "
                "CPU %.0f ms\n",
                median(window), median(window) / anchor, median(windowCpu));
    std::printf("By contact tab first shown (reads each contact's part): median %.0f ms, "
                "CPU %.0f ms\n",
                median(contactsTab), median(contactsTabCpu));
    std::vector<double> all, allCpu;
    const char *const names[] = {"by organization", "by month", "by contact",
                                 "effort by organization", "effort by case"};
    for (int tab = 0; tab < ui::OutcomesWindow::kTabCount; ++tab) {
        std::printf("re-filter %-22s painted: median %4.0f ms, slowest %4.0f ms; CPU median "
                    "%4.0f ms, slowest %4.0f ms (%zu changes)\n",
                    names[tab], median(refilter[tab]), slowest(refilter[tab]),
                    median(refilterCpu[tab]), slowest(refilterCpu[tab]), refilter[tab].size());
        all.insert(all.end(), refilter[tab].begin(), refilter[tab].end());
        allCpu.insert(allCpu.end(), refilterCpu[tab].begin(), refilterCpu[tab].end());
    }
    std::printf("re-filter, every tab, painted:         median %4.0f ms, slowest %4.0f ms; CPU "
                "median %4.0f ms, slowest %4.0f ms\n",
                median(all), slowest(all), median(allCpu), slowest(allCpu));
    return reporter.messages().isEmpty() ? 0 : 1;
}

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockIcs.h"
#include "core/clocks/ClockReadiness.h"
#include "core/ledger/IcsExporter.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockRuleRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::clocks;

namespace {

// A UK finance complaint received 3 Feb 2026; today (the test clock) is Mon 2 Mar 2026.
class ClockServiceTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Card refund");
        ASSERT_TRUE(ws->cases().add(c));
        caseId = c.meta.id;
        ASSERT_TRUE(CaseJurisdictionRepository(*ws).set(
            caseId, {QStringLiteral("GB"), {}, QStringLiteral("finance")}));
        ClockTrigger complaint;
        complaint.caseId = caseId;
        complaint.event = QStringLiteral("complaint");
        complaint.receivedOn = QDate(2026, 2, 3);
        ASSERT_TRUE(ClockTriggerRepository(*ws).add(complaint));
    }
    const CaseClock *find(const QList<CaseClock> &clocks, const QString &id)
    {
        for (const auto &clock : clocks)
            if (clock.rule.id == id)
                return &clock;
        return nullptr;
    }

    leverage::testing::TestWorkspace ws;
    RowId caseId = 0;
};

} // namespace

TEST_P(ClockServiceTest, ComputesACasesClocksFromItsJurisdictionAndTriggers)
{
    auto clocks = ClockService(*ws).forCase(caseId);
    ASSERT_TRUE(clocks) << clocks.message().toStdString();
    const CaseClock *door = find(*clocks, "gb-fos-disp-2-8-1");
    ASSERT_TRUE(door);
    EXPECT_EQ(door->dueDate, QDate(2026, 3, 31));
    EXPECT_EQ(door->state, CaseClock::State::Running);
    const auto next = ClockService::nextPerRoute(*clocks);
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next.first().rule.id, QStringLiteral("gb-fos-disp-2-8-1"));
    auto all = ClockService(*ws).all();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), clocks->size());
}

TEST_P(ClockServiceTest, TheUsersEditOfAShippedRuleWinsAndSurvivesBesideTheDefaults)
{
    ClockRuleRepository rules(*ws);
    UserClockRule edit;
    edit.rule = *std::find_if(ClockRuleSet::defaults().begin(), ClockRuleSet::defaults().end(),
                              [](const ClockRule &r) { return r.id == "gb-fos-disp-2-8-1"; });
    edit.ruleId = edit.rule.id;
    edit.rule.offset.amount = 6;
    ASSERT_TRUE(rules.putAll({edit}));
    auto clocks = ClockService(*ws).forCase(caseId);
    EXPECT_EQ(find(*clocks, "gb-fos-disp-2-8-1")->dueDate, QDate(2026, 3, 17));
    auto entries = ClockService(*ws).ruleEntries();
    ASSERT_TRUE(entries);
    EXPECT_EQ(entries->size(), qsizetype(ClockRuleSet::defaults().size()));
    ws.reopen();
    EXPECT_EQ(ClockRuleRepository(*ws).byRuleId("gb-fos-disp-2-8-1")->rule.offset.amount, 6);
    ASSERT_TRUE(ClockRuleRepository(*ws).removeRuleId("gb-fos-disp-2-8-1"));
    clocks = ClockService(*ws).forCase(caseId);
    EXPECT_EQ(find(*clocks, "gb-fos-disp-2-8-1")->dueDate, QDate(2026, 3, 31));
}

TEST_P(ClockServiceTest, EscalatingToTheOmbudsmanBeforeTheDoorOpensIsTooEarly)
{
    ClockReadiness readiness(*ws);
    EscalationStep ombudsman;
    ombudsman.level = EscalationLevel::Ombudsman;
    const auto early = readiness.tooEarly(caseId, ombudsman, ws->clock().now());
    ASSERT_TRUE(early);
    EXPECT_EQ(*early, QStringLiteral("Financial Ombudsman Service takes the case from Tue 31 Mar "
                                     "2026 (FCA Handbook DISP 2.8.1R: Financial Ombudsman: final "
                                     "response or 8 weeks)."));
    EXPECT_EQ(readiness.opensOn(caseId, ombudsman), QStringLiteral("opens on Tue 31 Mar 2026"));
    EscalationStep supervisor;
    supervisor.level = EscalationLevel::Supervisor;
    EXPECT_FALSE(readiness.tooEarly(caseId, supervisor, ws->clock().now()));
    ws.clock().set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone(-5 * 3600)));
    EXPECT_FALSE(readiness.tooEarly(caseId, ombudsman, ws->clock().now()));
}

TEST_P(ClockServiceTest, TheCalendarCarriesEachDueDateAsAWholeDayThatIcalendarReads)
{
    auto clocks = ClockService(*ws).forCase(caseId);
    ASSERT_TRUE(clocks);
    IcsExporter exporter(*ws);
    exporter.addDayEvents(ClockIcs::events(*clocks, {{caseId, QStringLiteral("Card refund")}}),
                          false);
    const QString path = ws.directory() + QStringLiteral("/clocks.ics");
    ASSERT_TRUE(exporter.writeFile(path));
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral("import icalendar,sys\n"
                        "cal = icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\n"
                        "for e in cal.walk('VEVENT'):\n"
                        "    print(e.decoded('dtstart').isoformat(), e['uid'], e['summary'])\n"),
         path});
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("2026-03-31 clock-%1-gb-fos-disp-2-8-1@leverage "
                                            "Financial Ombudsman Service: Financial Ombudsman: "
                                            "final response or 8 weeks")
                                 .arg(caseId)))
        << out.toStdString();
}

// Runs on both engines: a file and a team server.
INSTANTIATE_TEST_SUITE_P(Engines, ClockServiceTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

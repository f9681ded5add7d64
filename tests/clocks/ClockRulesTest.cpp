#include "core/clocks/ClockEngine.h"
#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockRuleSet.h"
#include "core/clocks/ClockText.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace leverage::clocks;
using State = CaseClock::State;

namespace {

ClockTrigger trigger(const QString &event, const QDate &received, const QDate &sent = {},
                     const QString &route = QStringLiteral("company"))
{
    ClockTrigger t;
    t.event = event;
    t.receivedOn = received;
    t.sentOn = sent;
    t.route = route;
    return t;
}

// The clocks of a case (every default rule), and the one of `ruleId`.
class ClockRulesTest : public ::testing::Test
{
protected:
    QList<CaseClock> compute(const CaseJurisdiction &where, const QList<ClockTrigger> &triggers,
                             const QDate &today = QDate(2026, 3, 20))
    {
        return ClockEngine(ClockRuleSet::defaults()).compute(1, where, triggers, today);
    }
    static const CaseClock *find(const QList<CaseClock> &clocks, const QString &ruleId)
    {
        for (const auto &clock : clocks)
            if (clock.rule.id == ruleId)
                return &clock;
        return nullptr;
    }
    const CaseJurisdiction usCredit{QStringLiteral("US"), {}, QStringLiteral("credit_reporting")};
    const CaseJurisdiction usFinance{QStringLiteral("US"), {}, QStringLiteral("finance")};
    const CaseJurisdiction ukFinance{QStringLiteral("GB"), {}, QStringLiteral("finance")};
    const CaseJurisdiction ukTelecom{QStringLiteral("GB"), {}, QStringLiteral("telecom")};
    const CaseJurisdiction auFinance{QStringLiteral("AU"), {}, QStringLiteral("finance")};
};

} // namespace

TEST_F(ClockRulesTest, TheDefaultSetReadsWholeWithEveryRuleConfidenceAndSource)
{
    QFile file(qEnvironmentVariable("LEVERAGE_SOURCE_DIR") +
               QStringLiteral("/resources/clocks/default-rules.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto parsed = ClockRuleJson::parse(file.readAll());
    ASSERT_TRUE(parsed) << parsed.message().toStdString();
    EXPECT_EQ(parsed->size(), ClockRuleSet::defaults().size());
    EXPECT_GE(parsed->size(), 30u);
    for (const auto &rule : *parsed) {
        EXPECT_TRUE(rule.sourceUrl.startsWith(QLatin1String("http"))) << rule.id.toStdString();
        EXPECT_FALSE(rule.effect.isEmpty()) << rule.id.toStdString();
        if (rule.confidence == ClockRule::Confidence::Unconfirmed) {
            EXPECT_FALSE(rule.note.isEmpty()) << rule.id.toStdString();
        }
    }
}

TEST_F(ClockRulesTest, FcraThirtyDaysFromReceiptPlusFifteenWithNewInformation)
{
    // Dispute received 2 Mar 2026: reinvestigation due 1 Apr.
    auto clocks = compute(usCredit, {trigger("complaint", QDate(2026, 3, 2))});
    const CaseClock *fcra = find(clocks, "us-fcra-reinvestigation");
    ASSERT_TRUE(fcra);
    EXPECT_EQ(fcra->dueDate, QDate(2026, 4, 1));
    EXPECT_EQ(fcra->state, State::Running);
    EXPECT_EQ(ClockText::countdown(*fcra, QDate(2026, 3, 20)), "in 12 days");
    // The consumer sends more information on 20 Mar: 15 more days.
    clocks = compute(usCredit, {trigger("complaint", QDate(2026, 3, 2)),
                                trigger("consumer_added_information", QDate(2026, 3, 20))});
    EXPECT_EQ(find(clocks, "us-fcra-reinvestigation")->dueDate, QDate(2026, 4, 16));
    // Information after the 30 days extends nothing.
    clocks = compute(usCredit, {trigger("complaint", QDate(2026, 3, 2)),
                                trigger("consumer_added_information", QDate(2026, 4, 10))});
    EXPECT_EQ(find(clocks, "us-fcra-reinvestigation")->dueDate, QDate(2026, 4, 1));
}

TEST_F(ClockRulesTest, RegETenBusinessDaysOrFortyFiveWithProvisionalCredit)
{
    // Told on Fri 22 May 2026: Memorial Day is skipped, due Mon 8 Jun.
    auto clocks = compute(usFinance, {trigger("complaint", QDate(2026, 5, 22))});
    EXPECT_EQ(find(clocks, "us-rege-investigate")->dueDate, QDate(2026, 6, 8));
    clocks = compute(usFinance, {trigger("complaint", QDate(2026, 5, 22)),
                                 trigger("provisional_credit", QDate(2026, 6, 1))});
    EXPECT_EQ(find(clocks, "us-rege-investigate")->dueDate, QDate(2026, 7, 6));
    clocks = compute(usFinance, {trigger("complaint", QDate(2026, 5, 22)),
                                 trigger("provisional_credit_extended", QDate(2026, 6, 1))});
    EXPECT_EQ(find(clocks, "us-rege-investigate")->dueDate, QDate(2026, 8, 20));
}

TEST_F(ClockRulesTest, RegEAndRegZCountSixtyDaysFromTheStatementSent)
{
    // Statement sent 15 Jan 2026 (received later): the notice window ends 16 Mar.
    auto clocks =
        compute(usFinance, {trigger("statement", QDate(2026, 1, 20), QDate(2026, 1, 15))});
    const CaseClock *notice = find(clocks, "us-rege-notice");
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->triggerDate, QDate(2026, 1, 15));
    EXPECT_EQ(notice->dueDate, QDate(2026, 3, 16));
    EXPECT_EQ(notice->state, State::Expired);
    EXPECT_EQ(ClockText::countdown(*notice, QDate(2026, 3, 20)), "expired");
    // The card route is pursued only once it has a trigger of its own.
    EXPECT_FALSE(find(clocks, "us-fcba-notice"));
    clocks = compute(usFinance, {trigger("statement", {}, QDate(2026, 1, 15), "card")});
    EXPECT_EQ(find(clocks, "us-fcba-notice")->dueDate, QDate(2026, 3, 16));
}

TEST_F(ClockRulesTest, BillingErrorResolvedWithinTwoCyclesAndNinetyDaysAtMost)
{
    // Notice received 31 Jan 2026: two monthly cycles end 31 Mar, before the 90-day cap.
    auto clocks = compute(usFinance, {trigger("complaint", QDate(2026, 1, 31), {}, "card")});
    EXPECT_EQ(find(clocks, "us-fcba-resolve")->dueDate, QDate(2026, 3, 31));
    EXPECT_EQ(find(clocks, "us-fcba-acknowledge")->dueDate, QDate(2026, 3, 2));
    // A rule of four cycles is held to the 90 days.
    ClockRule rule = *std::find_if(ClockRuleSet::defaults().begin(), ClockRuleSet::defaults().end(),
                                   [](const ClockRule &r) { return r.id == "us-fcba-resolve"; });
    rule.offset.amount = 4;
    const auto capped = ClockEngine({rule}).compute(
        1, usFinance, {trigger("complaint", QDate(2026, 1, 31), {}, "card")}, QDate(2026, 2, 1));
    ASSERT_EQ(capped.size(), 1);
    EXPECT_EQ(capped[0].dueDate, QDate(2026, 5, 1));
}

TEST_F(ClockRulesTest, DispEightWeeksOrFinalResponseThenSixMonths)
{
    // Complaint received Tue 3 Mar 2026: the Ombudsman's door opens Tue 28 Apr.
    auto clocks = compute(ukFinance, {trigger("complaint", QDate(2026, 3, 3))});
    const CaseClock *door = find(clocks, "gb-fos-disp-2-8-1");
    ASSERT_TRUE(door);
    EXPECT_EQ(door->dueDate, QDate(2026, 4, 28));
    EXPECT_EQ(door->rule.kind, ClockRule::Kind::Opens);
    EXPECT_EQ(find(clocks, "gb-fos-disp-2-8-2")->state, State::Waiting);
    // The final response comes on 17 Mar: the door opened then, and closes 17 Sep.
    clocks =
        compute(ukFinance, {trigger("complaint", QDate(2026, 3, 3)),
                            trigger("final_response", QDate(2026, 3, 18), QDate(2026, 3, 17))});
    door = find(clocks, "gb-fos-disp-2-8-1");
    EXPECT_EQ(door->dueDate, QDate(2026, 3, 17));
    EXPECT_EQ(door->state, State::Open);
    EXPECT_EQ(ClockText::countdown(*door, QDate(2026, 3, 20)), "opened 3 days ago");
    const CaseClock *bar = find(clocks, "gb-fos-disp-2-8-2");
    EXPECT_EQ(bar->opensOn, QDate(2026, 3, 17));
    EXPECT_EQ(bar->dueDate, QDate(2026, 9, 17));
}

TEST_F(ClockRulesTest, OfcomEightWeeksBecameSixByEffectiveDate)
{
    auto clocks = compute(ukTelecom, {trigger("complaint", {}, QDate(2026, 3, 10))});
    EXPECT_EQ(find(clocks, "gb-ofcom-adr-8-weeks")->dueDate, QDate(2026, 5, 5));
    EXPECT_FALSE(find(clocks, "gb-ofcom-adr-6-weeks"));
    EXPECT_EQ(find(clocks, "gb-ofcom-adr-limit")->dueDate, QDate(2027, 5, 5));
    clocks = compute(ukTelecom, {trigger("complaint", {}, QDate(2026, 4, 10))}, QDate(2026, 4, 20));
    EXPECT_FALSE(find(clocks, "gb-ofcom-adr-8-weeks"));
    EXPECT_EQ(find(clocks, "gb-ofcom-adr-6-weeks")->dueDate, QDate(2026, 5, 22));
    EXPECT_EQ(find(clocks, "gb-ofcom-adr-limit")->dueDate, QDate(2027, 5, 22));
}

TEST_F(ClockRulesTest, AfcaThirtyTwentyOneOrFortyFiveDays)
{
    auto clocks = compute(auFinance, {trigger("complaint", QDate(2026, 3, 2))});
    EXPECT_EQ(find(clocks, "au-afca-idr")->dueDate, QDate(2026, 4, 1));
    clocks = compute(auFinance, {trigger("complaint", QDate(2026, 3, 2)),
                                 trigger("hardship", QDate(2026, 3, 2))});
    EXPECT_EQ(find(clocks, "au-afca-idr")->dueDate, QDate(2026, 3, 23));
    clocks = compute(auFinance, {trigger("complaint", QDate(2026, 3, 2)),
                                 trigger("superannuation", QDate(2026, 3, 2))});
    EXPECT_EQ(find(clocks, "au-afca-idr")->dueDate, QDate(2026, 4, 16));
}

TEST_F(ClockRulesTest, AReceivedRuleFallsBackToTheSentDateAndSaysSo)
{
    const auto clocks = compute(usCredit, {trigger("complaint", {}, QDate(2026, 3, 2))});
    const CaseClock *fcra = find(clocks, "us-fcra-reinvestigation");
    EXPECT_EQ(fcra->dueDate, QDate(2026, 4, 1));
    ASSERT_FALSE(fcra->notes.isEmpty());
    EXPECT_TRUE(fcra->notes.first().contains("received is not known"));
}

TEST_F(ClockRulesTest, UserRowsOverrideHideAndAddByRuleId)
{
    const auto &shipped = ClockRuleSet::defaults();
    UserClockRule edited{{}, shipped.front().id, shipped.front(), false};
    edited.rule.offset.amount = 35;
    UserClockRule hidden{{}, shipped[1].id, shipped[1], true};
    UserClockRule own{{}, QStringLiteral("my-rule"), shipped.front(), false};
    own.rule.id = own.ruleId;
    const auto entries = ClockRuleSet::merged(shipped, {edited, hidden, own});
    ASSERT_EQ(entries.size(), qsizetype(shipped.size()) + 1);
    EXPECT_EQ(entries[0].origin, ClockRuleSet::Origin::Edited);
    EXPECT_EQ(entries[0].rule.offset.amount, 35);
    EXPECT_EQ(entries[1].origin, ClockRuleSet::Origin::Hidden);
    EXPECT_EQ(entries.last().origin, ClockRuleSet::Origin::Own);
    EXPECT_EQ(ClockRuleSet::inForce(shipped, {edited, hidden, own}).size(), shipped.size());
}

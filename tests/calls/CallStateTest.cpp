#include "core/calls/CallState.h"
#include "core/calls/BusinessDays.h"
#include "core/calls/CallChecklist.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::testNow;

namespace {

CallState fullState()
{
    CallState s;
    s.caseId = 7;
    s.organizationId = 3;
    s.startedAt = Instant::fromDateTime(testNow());
    s.savedAt = Instant::fromDateTime(testNow().addSecs(90));
    s.holdAccumulatedSeconds = 125;
    s.holdStartedAt = Instant::fromDateTime(testNow().addSecs(60));
    s.participants = {
        {11, QStringLiteral("Dana Ruiz"), QStringLiteral("Agent"), QStringLiteral("4471"), 0, 4},
        {0, QStringLiteral("Sam Ode"), {}, {}, 300, std::nullopt}};
    s.currentParticipant = 1;
    s.typedPerson = QStringLiteral("Sam from billing");
    s.referenceNumber = QStringLiteral("TCK-88213");
    s.callbackNumber = QStringLiteral("+1 555 0100");
    s.supervisorName = QStringLiteral("Lee Park");
    s.notes = QStringLiteral("[00:05] Hello — café ✓\n[01:10] \"We cannot refund\"");
    s.promises = {{QStringLiteral("File the reimbursement"), 0,
                   DueWindow::within(Instant::fromDateTime(testNow()), 48 * 60), 70, true,
                   CallState::kSupervisor, true}};
    s.supervisorLine = QStringLiteral("+1 555 0177");
    s.followUps = {{QStringLiteral("Call back after 10 am"),
                    DueWindow::window(Instant::fromDateTime(testNow().addDays(3)),
                                      Instant::fromDateTime(testNow().addDays(3).addSecs(7200))),
                    1, 80}};
    s.rationaleCaptured = true;
    s.effort = 4;
    s.summary = QStringLiteral("Promised a refund");
    return s;
}

} // namespace

TEST(CallStateTest, JsonRoundTripsEveryField)
{
    const auto state = fullState();
    const auto back = CallState::fromJson(state.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, state);
}

TEST(CallStateTest, MissingFieldsGiveDefaultsAndGarbageIsRefused)
{
    const auto sparse =
        CallState::fromJson(R"({"notes":"only notes","participants":[{"name":"A"}]})");
    ASSERT_TRUE(sparse);
    EXPECT_EQ(sparse->notes, QStringLiteral("only notes"));
    EXPECT_EQ(sparse->participants.size(), 1);
    EXPECT_EQ(sparse->currentParticipant, 0);
    EXPECT_FALSE(sparse->participants[0].helpfulness);
    EXPECT_TRUE(sparse->startedAt.isNull());
    EXPECT_FALSE(sparse->effort);
    EXPECT_FALSE(CallState::fromJson("not json"));
}

TEST(CallStateTest, ElapsedAndHoldComeFromTheClock)
{
    CallState s;
    s.startedAt = Instant::fromDateTime(testNow());
    EXPECT_EQ(s.elapsedSeconds(testNow().addSecs(61)), 61);
    s.toggleHold(testNow().addSecs(100));
    EXPECT_TRUE(s.isOnHold());
    EXPECT_EQ(s.holdSeconds(testNow().addSecs(130)), 30);
    s.toggleHold(testNow().addSecs(160));
    EXPECT_FALSE(s.isOnHold());
    EXPECT_EQ(s.holdSeconds(testNow().addSecs(500)), 60);
    // A hold open when the app died goes on counting after a restore.
    s.toggleHold(testNow().addSecs(200));
    const auto restored = CallState::fromJson(s.toJson());
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->holdSeconds(testNow().addSecs(1200)), 60 + 1000);
    EXPECT_EQ(restored->elapsedSeconds(testNow().addSecs(1200)), 1200);
    s.end(testNow().addSecs(260));
    EXPECT_FALSE(s.isOnHold());
    EXPECT_EQ(s.holdSeconds(testNow().addSecs(9999)), 120);
    EXPECT_EQ(s.elapsedSeconds(testNow().addSecs(9999)), 260);
}

TEST(CallStateTest, StampsAreMinutesAndSecondsIntoTheCall)
{
    EXPECT_EQ(CallState::stamp(760), QStringLiteral("12:40"));
    EXPECT_EQ(CallState::stamp(5), QStringLiteral("00:05"));
    EXPECT_EQ(CallState::stamp(3725), QStringLiteral("62:05"));
}

TEST(BusinessDaysTest, SkipsWeekends)
{
    const QDate friday(2026, 3, 6);
    EXPECT_EQ(calls::addBusinessDays(friday, 0), friday);
    EXPECT_EQ(calls::addBusinessDays(friday, 1), QDate(2026, 3, 9));
    EXPECT_EQ(calls::addBusinessDays(friday, 5), QDate(2026, 3, 13));
    EXPECT_EQ(calls::addBusinessDays(QDate(2026, 3, 2), 10), QDate(2026, 3, 16));
    EXPECT_EQ(calls::addBusinessDays(QDate(2026, 3, 7), 0), QDate(2026, 3, 9));  // Saturday
    EXPECT_EQ(calls::addBusinessDays(QDate(2026, 3, 8), 3), QDate(2026, 3, 12)); // Sunday
    // A day alone is due by its end, never at an invented 17:00.
    const auto due = DueWindow::endOfDay(friday, -5 * 3600);
    EXPECT_EQ(due.until.toDateTime().time(), QTime(23, 59));
    EXPECT_EQ(due.until.offsetSeconds, -5 * 3600);
}

TEST(CallChecklistTest, TicksAsInformationIsCaptured)
{
    CallState s;
    auto done = [&s](CallChecklist::Item item) {
        for (const auto &e : CallChecklist::evaluate(s))
            if (e.item == item)
                return e.done;
        ADD_FAILURE() << "item missing";
        return false;
    };
    EXPECT_EQ(CallChecklist::evaluate(s).size(), CallChecklist::kItemCount);
    for (const auto &e : CallChecklist::evaluate(s))
        EXPECT_FALSE(e.done) << e.label.toStdString();

    s.participants.append({0, QStringLiteral("Dana"), {}, {}, 0, std::nullopt});
    EXPECT_TRUE(done(CallChecklist::Item::PersonName));
    EXPECT_FALSE(done(CallChecklist::Item::Position));
    s.participants[0].position = QStringLiteral("Agent");
    EXPECT_TRUE(done(CallChecklist::Item::Position));
    s.referenceNumber = QStringLiteral("  ");
    EXPECT_FALSE(done(CallChecklist::Item::ReferenceNumber));
    s.referenceNumber = QStringLiteral("TCK-1");
    EXPECT_TRUE(done(CallChecklist::Item::ReferenceNumber));
    s.supervisorName = QStringLiteral("Lee");
    EXPECT_TRUE(done(CallChecklist::Item::SupervisorName));
    s.rationaleCaptured = true;
    EXPECT_TRUE(done(CallChecklist::Item::PolicyRationale));
    EXPECT_FALSE(done(CallChecklist::Item::Alternatives));
    s.alternativesCaptured = true;
    EXPECT_TRUE(done(CallChecklist::Item::Alternatives));
    s.followUps.append({QStringLiteral("Supervisor calls back"), {}, -1, 0});
    EXPECT_FALSE(done(CallChecklist::Item::CallbackTime)); // no due time yet
    s.followUps[0].due = DueWindow::moment(Instant::fromDateTime(testNow().addDays(2)));
    EXPECT_TRUE(done(CallChecklist::Item::CallbackTime));
    s.promises = {{QStringLiteral("Refund"), 0, {}, 0, true},
                  {QStringLiteral("E-mail"), 0, {}, 0, false}};
    EXPECT_FALSE(done(CallChecklist::Item::ReConfirmed));
    s.promises[1].confirmed = true;
    EXPECT_TRUE(done(CallChecklist::Item::ReConfirmed));
}

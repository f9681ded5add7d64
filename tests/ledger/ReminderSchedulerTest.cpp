#include "core/ledger/ReminderScheduler.h"
#include "tests/ledger/LedgerFixture.h"

#include <QSignalSpy>

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

class ReminderSchedulerTest : public LedgerFixture
{
protected:
    static LedgerItemKind kindAt(const QSignalSpy &spy, int i)
    {
        return spy.at(i).at(0).value<LedgerItemKind>();
    }
    static RowId idAt(const QSignalSpy &spy, int i) { return spy.at(i).at(1).value<RowId>(); }
};

} // namespace

TEST_F(ReminderSchedulerTest, ArmsOneTimerForTheNextDueMoment)
{
    const auto caseId = addCase(QStringLiteral("Parcel"));
    addFollowUp(caseId, QStringLiteral("Already late"), inHours(-2));
    const auto soon = addFollowUp(caseId, QStringLiteral("Callback window"), inHours(1));
    addCommitment(caseId, 0, QStringLiteral("Refund filed"), inHours(3));

    ReminderScheduler scheduler(ws.get());
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    ASSERT_TRUE(scheduler.isArmed());
    EXPECT_EQ(scheduler.nextDueMs(), inHours(1).utcMs);
    EXPECT_EQ(scheduler.timerIntervalMs(), 3600 * 1000);
    // What was overdue before start is not announced.
    EXPECT_EQ(spy.count(), 0);

    ws.clock().set(now().addSecs(3600));
    scheduler.rearm();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(kindAt(spy, 0), LedgerItemKind::FollowUp);
    EXPECT_EQ(idAt(spy, 0), soon);
    EXPECT_EQ(scheduler.nextDueMs(), inHours(2).utcMs); // the commitment, 2 h on
    EXPECT_EQ(scheduler.timerIntervalMs(), 2 * 3600 * 1000);

    // Looking again at the same moment announces nothing twice.
    scheduler.rearm();
    EXPECT_EQ(spy.count(), 1);

    ws.clock().set(now().addSecs(2 * 3600));
    scheduler.rearm();
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(kindAt(spy, 1), LedgerItemKind::Commitment);
    EXPECT_FALSE(scheduler.nextDueMs());
    EXPECT_FALSE(scheduler.isArmed());
}

TEST_F(ReminderSchedulerTest, ReArmsOnChangesAndHonoursSnoozeAndSettlement)
{
    const auto caseId = addCase(QStringLiteral("Parcel"));
    ReminderScheduler scheduler(ws.get());
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    EXPECT_FALSE(scheduler.isArmed());

    const auto id = addFollowUp(caseId, QStringLiteral("Call depot"), inHours(1));
    EXPECT_TRUE(scheduler.isArmed()); // re-armed by followUpAdded
    EXPECT_EQ(scheduler.nextDueMs(), inHours(1).utcMs);

    // Snoozed for an hour past its due time: the timer moves.
    auto row = ws->followUps().get(id);
    row->snoozedUntil = inHours(2);
    ASSERT_TRUE(ws->followUps().update(*row));
    EXPECT_EQ(scheduler.nextDueMs(), inHours(2).utcMs);
    ws.clock().set(now().addSecs(3600));
    scheduler.rearm();
    EXPECT_EQ(spy.count(), 0);
    ws.clock().set(now().addSecs(3600));
    scheduler.rearm();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(idAt(spy, 0), id);

    // A kept promise never comes due.
    const auto promise = addCommitment(caseId, 0, QStringLiteral("Refund"), inHours(1));
    EXPECT_EQ(scheduler.nextDueMs(), inHours(1).utcMs);
    ASSERT_TRUE(ws->commitments().setStatus(promise, CommitmentStatus::Kept, {}));
    EXPECT_FALSE(scheduler.nextDueMs());
}

TEST_F(ReminderSchedulerTest, TheTimerItselfAnnouncesTheItem)
{
    const auto caseId = addCase(QStringLiteral("Parcel"));
    ReminderScheduler scheduler(ws.get());
    QSignalSpy spy(&scheduler, &ReminderScheduler::reminderDue);
    const auto due = now().addMSecs(5);
    const auto id = addFollowUp(caseId, QStringLiteral("Soon"), Instant::fromDateTime(due));
    EXPECT_EQ(scheduler.timerIntervalMs(), 5);
    ws.clock().set(due); // the moment the timer will look
    ASSERT_TRUE(spy.wait(1000));
    EXPECT_EQ(idAt(spy, 0), id);
}

TEST_F(ReminderSchedulerTest, FarMomentsAreApproachedADayAtATime)
{
    const auto caseId = addCase(QStringLiteral("Ombudsman"));
    addFollowUp(caseId, QStringLiteral("Eight weeks up"), inHours(24 * 56));
    ReminderScheduler scheduler(ws.get());
    EXPECT_EQ(scheduler.timerIntervalMs(), 24 * 3600 * 1000);
    EXPECT_EQ(scheduler.nextDueMs(), inHours(24 * 56).utcMs);
}

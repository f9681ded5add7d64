#include "tests/ledger/LedgerFixture.h"
#include "core/ledger/CommitmentDueness.h"
#include "core/ledger/FollowUpAgenda.h"

#include <QTimeZone>

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

class DuenessTest : public LedgerFixture
{
};

} // namespace

TEST_F(DuenessTest, ClassifiesAgainstTheLocalDayAndWeek)
{
    // Now: Monday 2026-03-02 09:00 at UTC-05:00.
    EXPECT_EQ(CommitmentDueness::classify(inHours(-1), now()), Dueness::Overdue);
    EXPECT_EQ(CommitmentDueness::classify(inHours(8), now()), Dueness::DueToday);
    // 23:30 local is still today, although it is Tuesday in UTC.
    EXPECT_EQ(CommitmentDueness::classify(inHours(14.5), now()), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(inHours(15.5), now()), Dueness::DueThisWeek);
    // Sunday evening is still this week; Monday morning is the next.
    EXPECT_EQ(CommitmentDueness::classify(inHours(6 * 24 + 12), now()), Dueness::DueThisWeek);
    EXPECT_EQ(CommitmentDueness::classify(inHours(7 * 24), now()), Dueness::Later);
    EXPECT_EQ(CommitmentDueness::classify(Instant{}, now()), Dueness::Later);
}

TEST_F(DuenessTest, SettledCommitmentsAreNeverOverdue)
{
    Commitment c;
    c.dueAt = inHours(-48);
    EXPECT_TRUE(CommitmentDueness::isOverdue(c, now()));
    for (auto status :
         {CommitmentStatus::Kept, CommitmentStatus::Broken, CommitmentStatus::Withdrawn}) {
        c.status = status;
        EXPECT_EQ(CommitmentDueness::classify(c, now()), Dueness::Settled);
    }
}

TEST_F(DuenessTest, BecomesOverdueAsTheClockMoves)
{
    const auto caseId = addCase(QStringLiteral("Refund"));
    const auto id = addCommitment(caseId, 0, QStringLiteral("File the refund"), inHours(2));
    auto stored = ws->commitments().get(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(CommitmentDueness::classify(*stored, now()), Dueness::DueToday);
    ws.clock().advance(2 * 3600 + 1);
    EXPECT_EQ(CommitmentDueness::classify(*stored, now()), Dueness::Overdue);
}

TEST_F(DuenessTest, StatusChangesCarryTheClocksTimestamp)
{
    const auto caseId = addCase(QStringLiteral("Refund"));
    const auto id = addCommitment(caseId, 0, QStringLiteral("Call back Thursday"), inHours(-1));
    ws.clock().advance(3600);
    const auto brokenAt = now();
    ASSERT_TRUE(
        ws->commitments().setStatus(id, CommitmentStatus::Broken, QStringLiteral("No call")));
    auto stored = ws->commitments().get(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, CommitmentStatus::Broken);
    EXPECT_EQ(stored->statusChangedAt.utcMs, brokenAt.toMSecsSinceEpoch());
    EXPECT_EQ(stored->statusChangedAt.offsetSeconds, -5 * 3600);
    EXPECT_EQ(stored->statusNote, QStringLiteral("No call"));

    ws.clock().advance(86400);
    ASSERT_TRUE(ws->commitments().setStatus(id, CommitmentStatus::Kept, QStringLiteral("Late")));
    stored = ws->commitments().get(id);
    EXPECT_EQ(stored->statusChangedAt.utcMs, brokenAt.toMSecsSinceEpoch() + 86400000);
    EXPECT_EQ(CommitmentDueness::classify(*stored, now()), Dueness::Settled);
}

TEST_F(DuenessTest, WeeksFollowTheZoneOfNowAcrossDst)
{
    // Saturday 2026-03-07 12:00 New York; due Sunday 2026-03-08 23:00 EDT is this week.
    const QTimeZone zone("America/New_York");
    const QDateTime saturday(QDate(2026, 3, 7), QTime(12, 0), zone);
    const auto sundayNight =
        Instant::fromDateTime(QDateTime(QDate(2026, 3, 8), QTime(23, 0), zone));
    EXPECT_EQ(CommitmentDueness::classify(sundayNight, saturday), Dueness::DueThisWeek);
    const auto mondayEarly =
        Instant::fromDateTime(QDateTime(QDate(2026, 3, 9), QTime(0, 30), zone));
    EXPECT_EQ(CommitmentDueness::classify(mondayEarly, saturday), Dueness::Later);
}

TEST_F(DuenessTest, AgendaBucketsRespectSnoozeAndDone)
{
    const auto caseId = addCase(QStringLiteral("Lost parcel"));
    const auto late = addFollowUp(caseId, QStringLiteral("Call the depot"), inHours(-3));
    const auto today = addFollowUp(caseId, QStringLiteral("Expect callback"), inHours(5));
    const auto earlier = addFollowUp(caseId, QStringLiteral("Send letter"), inHours(-30));
    const auto week = addFollowUp(caseId, QStringLiteral("Regulator window"), inHours(50));
    const auto later = addFollowUp(caseId, QStringLiteral("Ombudsman"), inHours(24 * 20));
    const auto undated = addFollowUp(caseId, QStringLiteral("Someday"), Instant{});
    const auto done = addFollowUp(caseId, QStringLiteral("Done already"), inHours(-5));
    auto doneRow = ws->followUps().get(done);
    doneRow->doneAt = Instant::fromDateTime(now());
    ASSERT_TRUE(ws->followUps().update(*doneRow));
    // Snoozed past the end of the week: it leaves "overdue" for "later".
    auto snoozed = ws->followUps().get(late);
    snoozed->snoozedUntil = inHours(24 * 8);
    ASSERT_TRUE(ws->followUps().update(*snoozed));

    auto agenda = FollowUpAgenda::load(ws.get());
    ASSERT_TRUE(agenda);
    auto ids = [&](Dueness d) {
        QList<RowId> out;
        for (const auto &f : agenda->bucket(d))
            out << f.meta.id;
        return out;
    };
    EXPECT_EQ(ids(Dueness::Overdue), QList<RowId>{earlier});
    EXPECT_EQ(ids(Dueness::DueToday), QList<RowId>{today});
    EXPECT_EQ(ids(Dueness::DueThisWeek), QList<RowId>{week});
    EXPECT_EQ(ids(Dueness::Later), (QList<RowId>{late, later, undated}));
    EXPECT_EQ(agenda->size(), 6);
}

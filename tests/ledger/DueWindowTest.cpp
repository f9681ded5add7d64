#include "core/ledger/CommitmentDueness.h"
#include "core/ledger/DueText.h"
#include "core/ledger/FollowUpAgenda.h"
#include "tests/ledger/LedgerFixture.h"

#include <QTimeZone>

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

class DueWindowTest : public LedgerFixture
{
protected:
    // Thursday 2026-03-05 at hh:mm, UTC-05:00 (the fixture's Monday is 2026-03-02 09:00).
    static Instant thursdayAt(int hour, int minute = 0)
    {
        return Instant::fromDateTime(
            QDateTime(QDate(2026, 3, 5), QTime(hour, minute), Qt::OffsetFromUTC, -5 * 3600));
    }
    static QDateTime thursday(int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 3, 5), QTime(hour, minute, second), Qt::OffsetFromUTC,
                         -5 * 3600);
    }
};

} // namespace

TEST_F(DueWindowTest, AWindowIsDueNowWhileOpenAndOverdueOnlyOnceClosed)
{
    const auto window = DueWindow::window(thursdayAt(14), thursdayAt(16));
    EXPECT_EQ(CommitmentDueness::classify(window, now()), Dueness::DueThisWeek);
    EXPECT_EQ(CommitmentDueness::classify(window, thursday(13, 59, 59)), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(window, thursday(14, 0)), Dueness::DueNow);
    EXPECT_EQ(CommitmentDueness::classify(window, thursday(14, 30)), Dueness::DueNow);
    EXPECT_EQ(CommitmentDueness::classify(window, thursday(16, 0)), Dueness::DueNow);
    EXPECT_EQ(CommitmentDueness::classify(window, thursday(16, 0, 1)), Dueness::Overdue);
}

TEST_F(DueWindowTest, AMomentHasNoDueNowAndIsOverdueRightAfter)
{
    const auto moment = DueWindow::moment(thursdayAt(14));
    EXPECT_EQ(CommitmentDueness::classify(moment, thursday(14, 0)), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(moment, thursday(14, 0, 1)), Dueness::Overdue);
}

TEST_F(DueWindowTest, WithinCountsRealHoursFromTheCall)
{
    // A call at 09:12 on Monday 2 March: within 48 hours is Wednesday 4 March, 09:12.
    const auto call = Instant::fromDateTime(
        QDateTime(QDate(2026, 3, 2), QTime(9, 12), Qt::OffsetFromUTC, -5 * 3600));
    const auto due = DueWindow::within(call, 48 * 60);
    EXPECT_EQ(due.until.utcMs - call.utcMs, 48LL * 3600 * 1000);
    EXPECT_EQ(due.until.offsetSeconds, call.offsetSeconds);
    EXPECT_EQ(DueText::of(due), QStringLiteral("within 48 hours \u2014 by Wed 4 Mar, 09:12"));
    EXPECT_EQ(DueText::of(DueWindow::within(call, 3 * 24 * 60)),
              QStringLiteral("within 3 days \u2014 by Thu 5 Mar, 09:12"));
    EXPECT_EQ(CommitmentDueness::classify(due, call.toDateTime().addSecs(48 * 3600)),
              Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(due, call.toDateTime().addSecs(48 * 3600 + 1)),
              Dueness::Overdue);
}

TEST_F(DueWindowTest, WithinIsDaylightSavingFree)
{
    // US clocks went forward on Sunday 8 March 2026: 48 hours from Saturday 09:00 EST is
    // Monday 10:00 EDT on the wall, still exactly 48 hours later in UTC.
    const QTimeZone newYork("America/New_York");
    ASSERT_TRUE(newYork.isValid());
    const auto saturday = Instant::fromDateTime(QDateTime(QDate(2026, 3, 7), QTime(9, 0), newYork));
    const auto due = DueWindow::within(saturday, 48 * 60);
    EXPECT_EQ(due.until.utcMs - saturday.utcMs, 48LL * 3600 * 1000);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(due.until.utcMs, Qt::UTC),
              QDateTime(QDate(2026, 3, 9), QTime(14, 0), Qt::UTC));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(due.until.utcMs).toTimeZone(newYork).time(),
              QTime(10, 0));
}

TEST_F(DueWindowTest, OnlyADateIsByTheEndOfThatDay)
{
    const auto due = DueWindow::endOfDay(QDate(2026, 3, 5), -5 * 3600);
    EXPECT_EQ(due.form, DueForm::EndOfDay);
    EXPECT_EQ(DueText::of(due), QStringLiteral("by end of Thu 5 Mar"));
    EXPECT_EQ(CommitmentDueness::classify(due, thursday(17, 0)), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(due, thursday(23, 59)), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(due, thursday(23, 59, 1)), Dueness::Overdue);
}

TEST_F(DueWindowTest, TextSaysTheWindowAndTheDossierAddsYearAndZone)
{
    const auto window = DueWindow::window(thursdayAt(14), thursdayAt(16));
    EXPECT_EQ(DueText::of(window), QStringLiteral("Thu 5 Mar, 14:00\u201316:00"));
    EXPECT_EQ(DueText::of(window, DueText::Full),
              QStringLiteral("Thu 5 Mar 2026, 14:00\u201316:00 UTC-05:00"));
    EXPECT_EQ(DueText::of(DueWindow::moment(thursdayAt(9, 30))),
              QStringLiteral("Thu 5 Mar, 09:30"));
    EXPECT_EQ(DueText::of(DueWindow{}), QStringLiteral("no date"));
}

TEST_F(DueWindowTest, StoredWindowsReadBackAndTheAgendaSortsThemIntoDueNow)
{
    const FollowUp callback = addCallbackInAWindow();
    const auto caseId = callback.caseId;
    const auto supervisor = callback.contactId;
    EXPECT_EQ(callback.due(), DueWindow::window(thursdayAt(14), thursdayAt(16)));
    const auto stored = ws->followUps().get(callback.meta.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->due(), callback.due());

    Commitment promise;
    promise.caseId = caseId;
    promise.what = QStringLiteral("Decision on the claim");
    promise.actorId = supervisor;
    promise.actorName = QStringLiteral("Carl Jensen");
    promise.madeAt = Instant::fromDateTime(now());
    promise.setDue(DueWindow::within(promise.madeAt, 48 * 60));
    ASSERT_TRUE(ws->commitments().add(promise));
    const auto read = ws->commitments().get(promise.meta.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->due(), promise.due());
    EXPECT_EQ(read->actorId, supervisor);

    EXPECT_EQ(FollowUpAgenda({*stored}, thursday(14, 30)).bucket(Dueness::DueNow).size(), 1);
    EXPECT_EQ(FollowUpAgenda({*stored}, thursday(16, 1)).bucket(Dueness::Overdue).size(), 1);
}

TEST_F(DueWindowTest, ASnoozeInsideTheWindowKeepsItsClose)
{
    FollowUp callback;
    callback.setDue(DueWindow::window(thursdayAt(14), thursdayAt(16)));
    callback.snoozedUntil = thursdayAt(15);
    EXPECT_EQ(CommitmentDueness::classify(callback, thursday(14, 30)), Dueness::DueToday);
    EXPECT_EQ(CommitmentDueness::classify(callback, thursday(15, 30)), Dueness::DueNow);
    EXPECT_EQ(CommitmentDueness::classify(callback, thursday(16, 30)), Dueness::Overdue);
}

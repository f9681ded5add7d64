// Scenario from the field notes: "the supervisor who would call back Thursday" never calls.
#include "core/ledger/BusinessCalendar.h"
#include "core/ledger/CommitmentDueness.h"
#include "core/ledger/FollowUpAgenda.h"
#include "core/ledger/ReminderScheduler.h"
#include "core/store/LedgerRepository.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/ledger/LedgerEditor.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace leverage;
using leverage::testing::LedgerFixture;

TEST_F(LedgerFixture, ASupervisorPromisesACallbackThursdayAndNeverCalls)
{
    // Given a call on Monday 2026-03-02 09:00 in which Carl, a supervisor at Meridian,
    // promises to call back on Thursday at 16:00
    const auto meridian = addOrganization(QStringLiteral("Meridian Mutual"));
    const auto carl =
        addContact(QStringLiteral("Carl Jensen"), meridian, QStringLiteral("Supervisor"));
    const auto claim = addCase(QStringLiteral("MRI claim denied"), meridian);
    auto thursday = now();
    thursday.setDate(QDate(2026, 3, 5));
    thursday.setTime(QTime(16, 0));
    const auto promise = addCommitment(claim, carl, QStringLiteral("Call back Thursday 2-4 pm"),
                                       Instant::fromDateTime(thursday));
    ReminderScheduler scheduler(ws.get());
    QSignalSpy reminders(&scheduler, &ReminderScheduler::reminderDue);
    EXPECT_EQ(CommitmentDueness::classify(*ws->commitments().get(promise), now()),
              Dueness::DueThisWeek);
    EXPECT_EQ(scheduler.nextDueMs(), thursday.toMSecsSinceEpoch());

    // When Thursday 16:00 passes without a call
    ws.clock().set(thursday.addSecs(60));
    scheduler.rearm();

    // Then a reminder comes, and the promise is overdue
    ASSERT_EQ(reminders.count(), 1);
    EXPECT_EQ(reminders.at(0).at(1).value<RowId>(), promise);
    EXPECT_TRUE(CommitmentDueness::isOverdue(*ws->commitments().get(promise), now()));

    // When the user marks it broken and chases it
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    models::LedgerEditor editor(ws.get(), stack, reporter);
    ASSERT_TRUE(editor.setCommitmentStatus(promise, CommitmentStatus::Broken,
                                           QStringLiteral("No call by 16:00")));
    auto chase = editor.followUpForBrokenPromise(*ws->commitments().get(promise));
    ASSERT_TRUE(editor.addFollowUp(chase));

    // Then Meridian's record shows the broken promise, and the chase is due Friday 16:01
    const auto record = LedgerRepository(ws.get()).forOrganization(meridian);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->broken, 1);
    EXPECT_EQ(record->pending, 0);
    auto agenda = FollowUpAgenda::load(ws.get());
    ASSERT_EQ(agenda->bucket(Dueness::DueThisWeek).size(), 1);
    const auto due = agenda->bucket(Dueness::DueThisWeek).first().dueAt.toDateTime();
    EXPECT_EQ(due.date(), QDate(2026, 3, 6));
    EXPECT_EQ(due.time(), QTime(16, 1));
    // And the reminder for the chase is what the scheduler waits for next
    EXPECT_EQ(scheduler.nextDueMs(), chase.dueAt.utcMs);
}

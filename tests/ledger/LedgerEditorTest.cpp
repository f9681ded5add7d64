#include "ui/models/ledger/LedgerEditor.h"
#include "core/store/LedgerRepository.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace leverage;
using namespace leverage::models;
using leverage::testing::LedgerFixture;

namespace {

class LedgerEditorTest : public LedgerFixture
{
protected:
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
};

} // namespace

TEST_F(LedgerEditorTest, MarkingBrokenIsUndoableAndStampsTheTime)
{
    const auto org = addOrganization(QStringLiteral("Northwind"));
    const auto dana = addContact(QStringLiteral("Dana"), org);
    const auto caseId = addCase(QStringLiteral("Dishwasher"), org);
    const auto id = addCommitment(caseId, dana, QStringLiteral("Refund"), inHours(-1));
    LedgerEditor editor(ws.get(), stack, reporter);
    LedgerRepository ledger(ws.get());

    ws.clock().advance(600);
    ASSERT_TRUE(editor.setCommitmentStatus(id, CommitmentStatus::Broken, QStringLiteral("none")));
    auto row = ws->commitments().get(id);
    EXPECT_EQ(row->status, CommitmentStatus::Broken);
    EXPECT_EQ(row->statusNote, QStringLiteral("none"));
    EXPECT_EQ(row->statusChangedAt.utcMs, now().toMSecsSinceEpoch());
    EXPECT_EQ(ledger.forOrganization(org)->broken, 1);
    EXPECT_EQ(stack.undoText(), QStringLiteral("Mark promise broken"));

    stack.undo();
    row = ws->commitments().get(id);
    EXPECT_EQ(row->status, CommitmentStatus::Pending);
    EXPECT_TRUE(row->statusChangedAt.isNull());
    EXPECT_EQ(ledger.forOrganization(org)->broken, 0);
    ws.clock().advance(600);
    stack.redo();
    // Redo restores exactly what was done, including when.
    EXPECT_EQ(ws->commitments().get(id)->statusChangedAt.utcMs,
              now().toMSecsSinceEpoch() - 600 * 1000);

    const auto followUp = editor.followUpForBrokenPromise(*ws->commitments().get(id));
    EXPECT_EQ(followUp.commitmentId, id);
    EXPECT_EQ(followUp.contactId, dana);
    EXPECT_TRUE(followUp.what.contains(QStringLiteral("Refund")));
    EXPECT_EQ(followUp.dueAt.toDateTime().date(), QDate(2026, 3, 3)); // next business day
}

TEST_F(LedgerEditorTest, FailuresAreReturnedOrReported)
{
    const auto caseId = addCase(QStringLiteral("Dishwasher"));
    const auto id = addCommitment(caseId, 0, QStringLiteral("Refund"), inHours(-1));
    LedgerEditor editor(ws.get(), stack, reporter);

    EXPECT_FALSE(editor.setCommitmentStatus(id + 99, CommitmentStatus::Kept, {}));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(editor.snoozeFollowUp(1, QDateTime()));

    ASSERT_TRUE(editor.setCommitmentStatus(id, CommitmentStatus::Kept, {}));
    ASSERT_TRUE(ws->commitments().remove(id)); // gone behind the stack's back
    stack.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_FALSE(reporter.last().isEmpty());
    EXPECT_EQ(stack.count(), 0) << "the failed step is dropped, not left on the stack";
}

TEST_F(LedgerEditorTest, SnoozingAgainIsOneUndoStepAndSettlingIsAnother)
{
    const auto caseId = addCase(QStringLiteral("Dishwasher"));
    const auto followUp = addFollowUp(caseId, QStringLiteral("Chase"), inHours(-1));
    const auto promise = addCommitment(caseId, 0, QStringLiteral("Refund"), inHours(-1));
    LedgerEditor editor(ws.get(), stack, reporter);

    ASSERT_TRUE(editor.snoozeFollowUp(followUp, now().addDays(1)));
    ASSERT_TRUE(editor.snoozeFollowUp(followUp, now().addDays(2)));
    ASSERT_TRUE(editor.snoozeFollowUp(followUp, now().addDays(3)));
    EXPECT_EQ(stack.count(), 1) << "the same follow-up snoozed again";
    EXPECT_EQ(ws->followUps().get(followUp)->snoozedUntil.toDateTime(), now().addDays(3));

    ASSERT_TRUE(editor.setCommitmentStatus(promise, CommitmentStatus::Kept, {}));
    ASSERT_TRUE(editor.setCommitmentStatus(promise, CommitmentStatus::Broken, {}));
    EXPECT_EQ(stack.count(), 3) << "kept, then broken: two different acts, two steps";

    stack.undo();
    EXPECT_EQ(ws->commitments().get(promise)->status, CommitmentStatus::Kept);
    stack.undo();
    EXPECT_EQ(ws->commitments().get(promise)->status, CommitmentStatus::Pending);
    stack.undo();
    EXPECT_TRUE(ws->followUps().get(followUp)->snoozedUntil.isNull());
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(LedgerEditorTest, AFailedRedoIsDroppedAndReported)
{
    const auto caseId = addCase(QStringLiteral("Dishwasher"));
    const auto followUp = addFollowUp(caseId, QStringLiteral("Chase"), inHours(-1));
    LedgerEditor editor(ws.get(), stack, reporter);
    ASSERT_TRUE(editor.markFollowUpDone(followUp));
    stack.undo();
    ASSERT_TRUE(ws->followUps().remove(followUp)); // gone behind the stack's back
    stack.redo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(
        reporter.last().startsWith(QStringLiteral("“Mark follow-up done” could not be redone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(stack.count(), 0);
}

// Closing and reopening a case through the undo stack (issue 22): each one step, undoable.
#include "core/store/CaseRepository.h"
#include "core/store/OutcomeRepository.h"
#include "tests/outcomes/OutcomeFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/escalation/commands/RemoveStep.h"
#include "ui/models/outcomes/CloseCaseCommand.h"
#include "ui/models/outcomes/ReopenCaseCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;
using leverage::testing::eastern;
using leverage::testing::OutcomeFixture;
using leverage::testing::RecordingErrorReporter;
using leverage::testing::TestWorkspace;

namespace {

class CaseOutcomeCommandTest : public ::testing::Test
{
protected:
    TestWorkspace ws;
    OutcomeFixture fixture = OutcomeFixture::build(*ws);
    RecordingErrorReporter reporter;
    QUndoStack stack;
    models::UndoPusher pusher{stack, reporter};

    std::optional<CaseOutcome> stored(RowId caseId)
    {
        auto record = OutcomeRepository(*ws).get(caseId);
        EXPECT_TRUE(record);
        return *record;
    }
    CaseStatus status(RowId caseId) { return ws->cases().get(caseId)->status; }
};

} // namespace

TEST_F(CaseOutcomeCommandTest, ClosingWritesTheRecordAndItemsAndUndoPutsTheCaseBack)
{
    CaseOutcome record;
    record.caseId = fixture.c5;
    record.outcome = Outcome::ResolvedMoney;
    record.closedAt = eastern(2026, 3, 2, 9);
    record.resolvedByContactId = fixture.dana;
    record.note = QStringLiteral("Fine cancelled and refunded");
    record.items
        << OutcomeItem{OutcomeItemKind::Refund, 5000, QStringLiteral("USD"), QDate(2026, 3, 1), {}}
        << OutcomeItem{OutcomeItemKind::GoodwillCredit, 1250, QStringLiteral("EUR"),
                       QDate(2026, 3, 2), QStringLiteral("apology")};
    QSignalSpy changed(&ws.get(), &Workspace::caseChanged);
    ASSERT_TRUE(pusher.push(std::make_unique<models::CloseCaseCommand>(*ws, record)));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(status(fixture.c5), CaseStatus::Closed);
    EXPECT_EQ(stored(fixture.c5), record);

    stack.undo();
    EXPECT_FALSE(stored(fixture.c5));
    EXPECT_EQ(status(fixture.c5), CaseStatus::Open);
    stack.redo();
    EXPECT_EQ(stored(fixture.c5), record);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(CaseOutcomeCommandTest, ReopeningKeepsTheItemsAndUndoClosesItAgain)
{
    const auto before = stored(fixture.c1);
    ASSERT_TRUE(before && before->isClosed());
    ASSERT_TRUE(pusher.push(
        std::make_unique<models::ReopenCaseCommand>(*ws, fixture.c1, eastern(2026, 3, 2, 9))));
    EXPECT_EQ(status(fixture.c1), CaseStatus::Open);
    const auto reopened = stored(fixture.c1);
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(reopened->isClosed());
    EXPECT_EQ(reopened->items, before->items);

    stack.undo();
    EXPECT_EQ(stored(fixture.c1), before);
    EXPECT_EQ(status(fixture.c1), CaseStatus::Closed);
}

TEST_F(CaseOutcomeCommandTest, ReopeningAnOpenCaseIsRefusedWithASentence)
{
    const auto refused = pusher.push(
        std::make_unique<models::ReopenCaseCommand>(*ws, fixture.c5, eastern(2026, 3, 2, 9)));
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.message().isEmpty());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(CaseOutcomeCommandTest, ClosingAReopenedCaseAgainAndUndoingRestoresTheReopenedRecord)
{
    const auto reopened = stored(fixture.c3);
    ASSERT_TRUE(reopened && !reopened->isClosed());
    CaseOutcome again = *reopened;
    again.outcome = Outcome::ResolvedCredit;
    again.closedAt = eastern(2026, 3, 1, 9);
    ASSERT_TRUE(pusher.push(std::make_unique<models::CloseCaseCommand>(*ws, again)));
    EXPECT_TRUE(stored(fixture.c3)->isClosed());
    stack.undo();
    EXPECT_EQ(stored(fixture.c3), reopened);
    EXPECT_EQ(status(fixture.c3), CaseStatus::Open);
}

TEST_F(CaseOutcomeCommandTest, ABadCurrencyIsRefusedAndNothingIsWritten)
{
    CaseOutcome record;
    record.caseId = fixture.c5;
    record.closedAt = eastern(2026, 3, 2, 9);
    record.items << OutcomeItem{OutcomeItemKind::Refund, 100, QStringLiteral("DOLLARS"), {}, {}};
    EXPECT_FALSE(pusher.push(std::make_unique<models::CloseCaseCommand>(*ws, record)));
    EXPECT_FALSE(stored(fixture.c5));
    EXPECT_EQ(status(fixture.c5), CaseStatus::Open);
}

// The step that resolved C1, removed and brought back by undo, is again what resolved it; the
// close and reopen around it keep the link too (issue 22: nothing lost on undo).
TEST_F(CaseOutcomeCommandTest, AStepRemovedAndUndoneIsAgainWhatResolvedTheCase)
{
    ASSERT_EQ(stored(fixture.c1)->resolvedByStepId, fixture.supervisorStep);
    ASSERT_TRUE(pusher.push(
        std::make_unique<models::ReopenCaseCommand>(*ws, fixture.c1, eastern(2026, 3, 2, 9))));
    QSignalSpy changed(&ws.get(), &Workspace::caseChanged);
    ASSERT_TRUE(pusher.push(std::make_unique<models::RemoveStep>(*ws, fixture.supervisorStep)));
    EXPECT_EQ(stored(fixture.c1)->resolvedByStepId, 0); // the database let go of the link
    EXPECT_GE(changed.count(), 1);                      // and the case said so
    stack.undo();                                       // the step comes back …
    EXPECT_EQ(stored(fixture.c1)->resolvedByStepId, fixture.supervisorStep); // … and is named
    stack.undo(); // the reopening: closed again, by the same step
    EXPECT_TRUE(stored(fixture.c1)->isClosed());
    EXPECT_EQ(stored(fixture.c1)->resolvedByStepId, fixture.supervisorStep);
    stack.redo();
    stack.redo(); // removed again, and undone again: the same
    stack.undo();
    EXPECT_EQ(stored(fixture.c1)->resolvedByStepId, fixture.supervisorStep);
}

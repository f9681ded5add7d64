// Outcomes (issue 22) on the real window with the keyboard alone: a case closed with what the
// company gave, checked in the store and the case header, undone, and reopened.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/CaseRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/Workspace.h"
#include "ui/window/MainWindow.h"

namespace leverage::testing {
namespace {

using OutcomesScenarios = Scenario;
using namespace leverage::outcomes;

const QKeySequence kCloseWithOutcome{Qt::CTRL | Qt::SHIFT | Qt::Key_O};

std::optional<CaseOutcome> outcomeOf(Workspace &workspace, RowId caseId)
{
    auto record = OutcomeRepository(workspace).get(caseId);
    EXPECT_TRUE(record) << record.message().toStdString();
    return record ? *record : std::nullopt;
}

// Scenario: "the retailer finally sent an installer and refunded the delivery charge: I close
// the dishwasher case as fixed, with the $150 refund, then change my mind and undo".
TEST_F(OutcomesScenarios, ACaseIsClosedWithARefundAndTheCloseIsUndone)
{
    givenTheDemoWorkspace();
    const QString title =
        QStringLiteral("Dishwasher delivered damaged, installation left unfinished");
    whenIOpenTheCase(title);
    const RowId dishwasher = caseTitled(title);
    const CaseStatus before = store().cases().get(dishwasher)->status;
    ASSERT_FALSE(outcomeOf(store(), dishwasher));

    // When I close it: fixed or replaced, a refund of 150 (in the case's dollars), today
    whenIPressAndThenInTheDialog(kCloseWithOutcome, [this] {
        whenIPress(QKeySequence(Qt::Key_Down)); // with a credit or voucher
        whenIPress(QKeySequence(Qt::Key_Down)); // with a fix or replacement
        whenIPress(QKeySequence(Qt::Key_Tab));  // closed: now
        whenIPress(QKeySequence(Qt::Key_Tab));  // the first item's kind: a refund
        whenIPress(QKeySequence(Qt::Key_Tab));  // its amount
        whenIType(QStringLiteral("150"));
        whenIPress(kSubmit);
    });

    // Then the store has the outcome and the item, and the case is closed
    const auto closed = outcomeOf(store(), dishwasher);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->outcome, Outcome::ResolvedFix);
    EXPECT_TRUE(closed->isClosed());
    ASSERT_EQ(closed->items.size(), 1);
    EXPECT_EQ(closed->items.first().kind, OutcomeItemKind::Refund);
    EXPECT_EQ(closed->items.first().amountMinor, 15000);
    EXPECT_EQ(closed->items.first().currency, QStringLiteral("USD"));
    EXPECT_EQ(closed->items.first().receivedOn, QDate(2026, 3, 2));
    EXPECT_EQ(store().cases().get(dishwasher)->status, CaseStatus::Closed);
    // And the dossier's summary says what came of it
    EXPECT_TRUE(dossierText(dishwasher).contains(QStringLiteral("Resolved with a fix")));

    // When I undo, the case is as it was
    whenIPress(QKeySequence::Undo);
    EXPECT_FALSE(outcomeOf(store(), dishwasher));
    EXPECT_EQ(store().cases().get(dishwasher)->status, before);
}

// Scenario: "I deleted the hotel case by mistake: undo must bring back what Atlas paid, or the
// figures of what each company pays lose it".
TEST_F(OutcomesScenarios, ADeletedCaseComesBackWithItsOutcome)
{
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("Hotel reimbursement promised after cancelled flight");
    whenIOpenTheCase(title);
    const RowId hotel = caseTitled(title);
    const auto outcome = outcomeOf(store(), hotel);
    ASSERT_TRUE(outcome);
    ASSERT_FALSE(outcome->items.isEmpty());

    // When I delete the case (and say yes), then undo
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_1));
    whenIPressAndThenInTheDialog(QKeySequence::Delete, [this] {
        whenIPress(QKeySequence(Qt::SHIFT | Qt::Key_Tab)); // from Cancel to Yes
        whenIPress(QKeySequence(Qt::Key_Space));
    });
    ASSERT_FALSE(store().cases().get(hotel));
    EXPECT_FALSE(outcomeOf(store(), hotel));
    whenIPress(QKeySequence::Undo);

    // Then the outcome, its items and who resolved it are back as they were
    EXPECT_EQ(outcomeOf(store(), hotel), outcome);
    EXPECT_TRUE(dossierText(hotel).contains(QStringLiteral("Resolved with money")));
}

} // namespace
} // namespace leverage::testing

// Time and trouble in money (issue 22) on the real window with the keyboard alone: what a case
// cost out of pocket and what the user's hour is worth, entered in one dialog, seen in the
// dossier and the Outcomes window, undone in one step.
#include "tests/scenarios/OutcomesSteps.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/domain/Money.h"
#include "core/outcomes/CurrencyTotals.h"
#include "core/store/TimelineRepository.h"
#include "core/store/TroubleCostRepository.h"
#include "core/store/Workspace.h"
#include "ui/outcomes/OutcomesWindow.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QTableView>
#include <QTest>

namespace leverage::testing {
namespace {

using OutcomesCostsScenarios = Scenario;
using namespace leverage::outcomes;
using namespace leverage::testing::outcomes_steps;

const QKeySequence kTroubleCosts{Qt::CTRL | Qt::SHIFT | Qt::Key_H};

// Scenario: "the hotel case cost me a recorded-delivery letter and a train to the airline's
// desk, and my time is worth $25 an hour": both costs and the hourly value in one dialog.
TEST_F(OutcomesCostsScenarios, CostsAndTheHourlyValueAreEnteredSeenAndUndone)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kHotel);
    const RowId hotel = caseTitled(kHotel);
    ASSERT_TRUE(TroubleCostRepository(store()).costs(hotel)->isEmpty());
    ASSERT_FALSE(TroubleCostRepository(store()).hourlyValue()->isSet());

    whenIPressAndThenInTheDialog(kTroubleCosts, [this] {
        // The first cost's amount has the focus, ready to be typed over
        whenIType(QStringLiteral("3.40"));
        whenIPress(QKeySequence(Qt::Key_Tab)); // currency: the case's dollars
        whenIPress(QKeySequence(Qt::Key_Tab)); // on: today
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Recorded delivery letter"));
        // Another cost: the button's Alt key clicks it as a mouse would, a moment later
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_A));
        ASSERT_TRUE(QTest::qWaitFor(
            [] { return qobject_cast<QDoubleSpinBox *>(QApplication::focusWidget()) != nullptr; }));
        whenIType(QStringLiteral("18"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("eur"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Train to the airline's desk"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_W)); // your time is worth
        whenIPress(QKeySequence::SelectAll);
        whenIType(QStringLiteral("25"));
        whenIPress(kSubmit);
    });

    // Then the store has both costs, in their currencies, and the hourly value
    const OutOfPocketCosts expected{
        {340, QStringLiteral("USD"), QDate(2026, 3, 2), QStringLiteral("Recorded delivery letter")},
        {1800, QStringLiteral("EUR"), QDate(2026, 3, 2),
         QStringLiteral("Train to the airline's desk")}};
    EXPECT_EQ(*TroubleCostRepository(store()).costs(hotel), expected);
    EXPECT_EQ(*TroubleCostRepository(store()).hourlyValue(),
              (HourlyValue{2500, QStringLiteral("USD")}));

    // And the dossier says what the time was worth and what was paid, each currency apart
    auto entries = store().timeline().forCase(hotel);
    ASSERT_TRUE(entries);
    qint64 callSeconds = 0;
    for (const auto &entry : *entries)
        callSeconds += entry.channel == Channel::Call ? entry.durationSeconds : 0;
    ASSERT_GT(callSeconds, 0);
    const qint64 worth = (callSeconds * 2500 + 1800) / 3600;
    const QString dossier = dossierText(hotel).simplified();
    EXPECT_TRUE(
        dossier.contains(QStringLiteral("At $25.00 an hour, the time on the phone is worth %1.")
                             .arg(plainMoney(worth, QStringLiteral("USD")))))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Out of pocket: \u20AC18.00 + $3.40.")));

    // When I undo, the costs and the hourly value go together: one step
    whenIPress(QKeySequence::Undo);
    EXPECT_TRUE(TroubleCostRepository(store()).costs(hotel)->isEmpty());
    EXPECT_FALSE(TroubleCostRepository(store()).hourlyValue()->isSet());
    whenIPress(kRedo);
    EXPECT_EQ(*TroubleCostRepository(store()).costs(hotel), expected);

    // And the Outcomes window's effort by case (Alt+A) has the money beside the minutes
    whenIPress(kOutcomes);
    auto *window = outcomesWindow();
    ASSERT_NE(window, nullptr);
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_A));
    const auto *table = window->tableView(ui::OutcomesWindow::Tab::Cases);
    int row = -1;
    for (int i = 0; i < table->model()->rowCount(); ++i)
        if (cell(table, i, QStringLiteral("Case")) == kHotel)
            row = i;
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(table, row, QStringLiteral("Out of pocket (USD)")), QStringLiteral("3.40"));
    EXPECT_EQ(cell(table, row, QStringLiteral("Out of pocket (EUR)")), QStringLiteral("18.00"));
    EXPECT_EQ(cell(table, row, QStringLiteral("Time value (USD)")), plainAmount(worth));
    window->close();
}

// Scenario: "the train ticket was refunded after all": its amount set to nothing leaves it out,
// the other cost stays.
TEST_F(OutcomesCostsScenarios, ACostWithNoAmountIsLeftOut)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kHotel);
    const RowId hotel = caseTitled(kHotel);
    ASSERT_TRUE(TroubleCostRepository(store()).setCosts(
        hotel, {{340, QStringLiteral("USD"), QDate(2026, 2, 1), QStringLiteral("Postage")},
                {1800, QStringLiteral("EUR"), QDate(2026, 2, 3), QStringLiteral("Train")}}));

    whenIPressAndThenInTheDialog(kTroubleCosts, [this] {
        // The focus is on the last line's amount: the train
        whenIType(QStringLiteral("0"));
        whenIPress(kSubmit);
    });
    const auto costs = *TroubleCostRepository(store()).costs(hotel);
    ASSERT_EQ(costs.size(), 1);
    EXPECT_EQ(costs.first().what, QStringLiteral("Postage"));
}

} // namespace
} // namespace leverage::testing

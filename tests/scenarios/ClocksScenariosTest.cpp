// Clocks (issue 19), played on the real window with the keyboard alone: the demo's UK bank
// complaint, received by the bank on 3 Feb 2026 (the scenarios' clock is Mon 2 Mar 2026).
#include "tests/scenarios/ClockEventSteps.h"
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/ClocksWiring.h"
#include "app/FeatureWiring.h"
#include "core/clocks/ClockTrigger.h"
#include "core/store/ClockRuleRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/Workspace.h"
#include "ui/clocks/ClocksPane.h"
#include "ui/models/clocks/ClockListModel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>

namespace leverage::testing {
namespace {

using ClocksScenarios = ClockEventScenario;

// Scenario: "the bank has had my complaint for four weeks: when may I go to the ombudsman?"
TEST_F(ClocksScenarios, TheHeaderCountsDownToTheOmbudsmanAndAFinalResponseOpensTheDoor)
{
    // Given the demo and its UK bank case, whose complaint the bank received on 3 Feb
    givenTheDemoWorkspace();
    whenIOpenTheCase(kUkBank);
    const RowId bank = caseTitled(kUkBank);
    auto *header = m_real.window().findChild<QLabel *>(QStringLiteral("caseClocks"));
    ASSERT_NE(header, nullptr);

    // Then the header counts down to the day the Financial Ombudsman may take it
    EXPECT_EQ(header->text(),
              QStringLiteral("Clocks: Financial Ombudsman Service: Tue 31 Mar 2026 (in 29 days)"));

    // When the bank's final response comes today, and I record it from the keyboard
    whenIRecordAClockEventSentToday({}, QStringLiteral("final"));

    // Then it is stored on the complaint route with today's dates
    auto triggers = *ClockTriggerRepository(store()).forCase(bank);
    ASSERT_EQ(triggers.size(), 2);
    EXPECT_EQ(triggers.last().event, QStringLiteral("final_response"));
    EXPECT_EQ(triggers.last().route, QStringLiteral("company"));
    EXPECT_EQ(triggers.last().sentOn, QDate(2026, 3, 2));
    // and the door opened today; the six months to go to the Ombudsman start
    EXPECT_EQ(header->text(), QStringLiteral("Clocks: Financial Ombudsman Service: Mon 2 Mar 2026 "
                                             "(opened today) · Financial Ombudsman Service: Wed 2 "
                                             "Sep 2026 (in 184 days)"));
    auto *pane = m_real.features().clocks()->pane();
    ASSERT_NE(pane, nullptr);
    EXPECT_EQ(pane->model()->rowCount(), 2);

    // When I undo, the final response is gone and the countdown is back
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(ClockTriggerRepository(store()).forCase(bank)->size(), 1);
    EXPECT_EQ(header->text(),
              QStringLiteral("Clocks: Financial Ombudsman Service: Tue 31 Mar 2026 (in 29 days)"));
}

// Scenario: "which rules does it know?": the rules dialog opens from the keyboard.
TEST_F(ClocksScenarios, TheRulesDialogListsTheShippedRules)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kUkBank);
    int rows = 0;
    whenIPressAndThenInTheDialog(kClockRules, [this, &rows] {
        auto *dialog = QApplication::activeModalWidget();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("clockRulesDialog"));
        auto *view = dialog->findChild<QAbstractItemView *>(QStringLiteral("clockRulesView"));
        ASSERT_NE(view, nullptr);
        rows = view->model()->rowCount();
        whenIPress(QKeySequence(Qt::Key_Escape));
    });
    EXPECT_GE(rows, 30);
    EXPECT_TRUE(ClockRuleRepository(store()).all()->isEmpty());
}

} // namespace
} // namespace leverage::testing

// Time and trouble in money (issue 22): the user's hourly value and a case's out-of-pocket
// costs, on the fixed workspace of OutcomeFixture (answers worked out by hand in the comments),
// edited through one undoable command, kept through a case's removal and its undo.
#include "core/outcomes/OutcomeTable.h"
#include "core/outcomes/RegulatorForm.h"
#include "core/store/TroubleCostRepository.h"
#include "tests/outcomes/OutcomeFixture.h"
#include "tests/support/PythonJson.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/outcomes/TroubleCostCommand.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;
using leverage::testing::readJsonWithPython;
using leverage::testing::RecordingErrorReporter;

namespace {

const QString kUsd = QStringLiteral("USD");
const QString kEur = QStringLiteral("EUR");

// USD 30.00 an hour; C1 cost USD 3.40 in postage and EUR 12.00 in train fares, C2 a USD 1.10
// stamp.
class TroubleCostsTest : public leverage::testing::OutcomeFiguresTestBase
{
protected:
    void SetUp() override
    {
        TroubleCostRepository costs(*ws);
        ASSERT_TRUE(costs.setHourlyValue({3000, kUsd}));
        ASSERT_TRUE(costs.setCosts(
            fixture.c1, {{340, kUsd, QDate(2026, 1, 20), QStringLiteral("Postage")},
                         {1200, kEur, QDate(2026, 1, 22), QStringLiteral("Train to the shop")}}));
        ASSERT_TRUE(costs.setCosts(fixture.c2, {{110, kUsd, {}, QStringLiteral("Stamp")}}));
    }

    RecordingErrorReporter reporter;
    QUndoStack stack;
    models::UndoPusher pusher{stack, reporter};
};

} // namespace

TEST(HourlyValueTest, RoundsToTheNearestMinorUnitHalfUp)
{
    EXPECT_EQ((HourlyValue{3000, kUsd}.valueOf(2400)), 2000); // 40 min at 30.00: 20.00
    EXPECT_EQ((HourlyValue{1000, kUsd}.valueOf(1)), 0);       // 0.28 of a cent
    EXPECT_EQ((HourlyValue{1000, kUsd}.valueOf(2)), 1);       // 0.56 of a cent
    EXPECT_EQ((HourlyValue{1, kUsd}.valueOf(1800)), 1);       // exactly half: up
    EXPECT_FALSE((HourlyValue{0, kUsd}.isSet()));
    EXPECT_FALSE((HourlyValue{3000, {}}.isSet()));
}

TEST_F(TroubleCostsTest, NoneByDefaultThenKeptAsSet)
{
    leverage::testing::TestWorkspace fresh;
    EXPECT_FALSE(TroubleCostRepository(*fresh).hourlyValue()->isSet());
    EXPECT_EQ(*TroubleCostRepository(*ws).hourlyValue(), (HourlyValue{3000, kUsd}));
    const auto c1 = *TroubleCostRepository(*ws).costs(fixture.c1);
    ASSERT_EQ(c1.size(), 2);
    EXPECT_EQ(c1[1].what, QStringLiteral("Train to the shop"));
    EXPECT_EQ(c1[1].spentOn, QDate(2026, 1, 22));
    EXPECT_FALSE(TroubleCostRepository(*ws).costs(fixture.c2)->first().spentOn.isValid());
}

TEST_F(TroubleCostsTest, PerCaseAndPerOrganizationInEachCurrency)
{
    const auto cases = figures().caseTrouble;
    ASSERT_EQ(cases[0].caseId, fixture.c1);
    // C1: 2400 s on the phone at 30.00 an hour = 20.00.
    EXPECT_EQ(cases[0].trouble.timeValueMinor(), 2000);
    EXPECT_EQ(cases[0].trouble.outOfPocket, (CurrencyTotals{{kUsd, 340}, {kEur, 1200}}));
    // C2: 900 s = 7.50.
    EXPECT_EQ(cases[1].trouble.timeValueMinor(), 750);
    // Acme (C1 and C2): 3300 s = 27.50; USD 3.40 + 1.10 = 4.50 beside EUR 12.00, never added.
    const auto acme = figures().organizations[0].trouble;
    EXPECT_EQ(acme.timeValueMinor(), 2750);
    EXPECT_EQ(acme.outOfPocket, (CurrencyTotals{{kUsd, 450}, {kEur, 1200}}));

    EXPECT_EQ(cases[0].trouble.sentence(),
              QStringLiteral("It took 2 contacts (2 calls), 40 minutes on the phone of which 30 "
                             "on hold, 36 days open and 1 broken promise. At $30.00 an hour, "
                             "the time on the phone is worth $20.00. Out of pocket: \u20AC12.00 + "
                             "$3.40."));
    // C3 (an e-mail, no time on the phone, nothing spent): nothing in money to say.
    EXPECT_TRUE(cases[2].trouble.costSentence().isEmpty());
    EXPECT_EQ(cases[2].trouble.sentence(),
              QStringLiteral("It took 1 contact (1 e-mail), 51 days open and 0 broken promises."));
}

TEST_F(TroubleCostsTest, TheTablesGainMoneyColumnsBeforeTheDaysOpen)
{
    const auto byCase = OutcomeTable::of(figures(), OutcomeTable::Grouping::TroubleByCase);
    const int time = int(byCase.headers.indexOf(QStringLiteral("Time value (USD)")));
    const int eur = int(byCase.headers.indexOf(QStringLiteral("Out of pocket (EUR)")));
    const int usd = int(byCase.headers.indexOf(QStringLiteral("Out of pocket (USD)")));
    ASSERT_GE(time, 0);
    ASSERT_EQ(eur, time + 1);
    ASSERT_EQ(usd, eur + 1);
    EXPECT_EQ(byCase.headers.last(), QStringLiteral("Days open"));
    EXPECT_EQ(byCase.rows[0][time], QStringLiteral("20.00"));
    EXPECT_EQ(byCase.rows[0][eur], QStringLiteral("12.00"));
    EXPECT_EQ(byCase.rows[0][usd], QStringLiteral("3.40"));
    EXPECT_EQ(byCase.rows[3][usd], QStringLiteral("0.00")); // C4: nothing spent
    const auto byOrganization =
        OutcomeTable::of(figures(), OutcomeTable::Grouping::TroubleByOrganization);
    EXPECT_EQ(byOrganization
                  .rows[0][int(byOrganization.headers.indexOf(QStringLiteral("Time value (USD)")))],
              QStringLiteral("27.50"));
    EXPECT_EQ(
        byOrganization
            .rows[0][int(byOrganization.headers.indexOf(QStringLiteral("Out of pocket (USD)")))],
        QStringLiteral("4.50"));
}

TEST_F(TroubleCostsTest, TheRegulatorFormSaysItInTextAndJson)
{
    auto form = RegulatorForm::of(*ws, fixture.c1);
    ASSERT_TRUE(form);
    EXPECT_TRUE(form->text().contains(QStringLiteral(
        "the time on the phone is worth $20.00. Out of pocket: \u20AC12.00 + $3.40.")))
        << form->text().toStdString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(form->json());
    file.close();
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['time_and_trouble']['time_value']")),
              QStringLiteral("{'amount': '20.00', 'amount_minor': 2000, 'currency': 'USD'}"));
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("[(r['currency'], r['amount']) for r in "
                                                      "d['time_and_trouble']['out_of_pocket']]")),
              QStringLiteral("[('EUR', '12.00'), ('USD', '3.40')]"));
}

TEST_F(TroubleCostsTest, OneUndoableStepForTheCostsAndTheHourlyValue)
{
    models::TroubleCostCommand::Costs after;
    after.hourly = {2500, kEur};
    after.costs = {{500, kEur, QDate(2026, 3, 1), QStringLiteral("Phone card")}};
    QSignalSpy changed(&ws.get(), &Workspace::caseChanged);
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    ASSERT_TRUE(pusher.push(std::make_unique<models::TroubleCostCommand>(*ws, fixture.c5, after)));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(bulk.count(), 1);
    EXPECT_EQ(*TroubleCostRepository(*ws).costs(fixture.c5), after.costs);
    EXPECT_EQ(*TroubleCostRepository(*ws).hourlyValue(), after.hourly);

    stack.undo();
    EXPECT_TRUE(TroubleCostRepository(*ws).costs(fixture.c5)->isEmpty());
    EXPECT_EQ(*TroubleCostRepository(*ws).hourlyValue(), (HourlyValue{3000, kUsd}));
    // C1's costs were not part of the edit and are untouched.
    EXPECT_EQ(TroubleCostRepository(*ws).costs(fixture.c1)->size(), 2);
    stack.redo();
    EXPECT_EQ(*TroubleCostRepository(*ws).costs(fixture.c5), after.costs);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(TroubleCostsTest, ARemovedCaseComesBackWithItsCosts)
{
    models::WorkspaceEditor editor(*ws, stack, reporter);
    const auto before = *TroubleCostRepository(*ws).costs(fixture.c1);
    ASSERT_TRUE(editor.removeCase(fixture.c1));
    stack.undo();
    EXPECT_EQ(*TroubleCostRepository(*ws).costs(fixture.c1), before);
    EXPECT_EQ(reporter.count(), 0);
}

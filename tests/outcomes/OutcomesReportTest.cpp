// The figures behind the Outcomes window's charts: the table models under the model tester,
// a filter change, and a case closed elsewhere showing up.
#include "ui/models/outcomes/OutcomesReport.h"
#include "core/store/OutcomeRepository.h"
#include "tests/outcomes/OutcomeFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;
using leverage::testing::eastern;
using leverage::testing::OutcomeFixture;
using leverage::testing::TestWorkspace;
using Grouping = leverage::models::OutcomesReport::Grouping;

TEST(OutcomesReportTest, TheTablesPassTheModelTesterThroughLoadFilterAndChange)
{
    TestWorkspace ws;
    const auto fixture = OutcomeFixture::build(*ws);
    models::OutcomesReport report(*ws);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const auto grouping : {Grouping::Organization, Grouping::Month, Grouping::Contact})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            report.model(grouping), QAbstractItemModelTester::FailureReportingMode::Fatal));

    report.reload();
    ASSERT_TRUE(report.isLoaded());
    auto *organizations = report.model(Grouping::Organization);
    EXPECT_EQ(organizations->rowCount(), 3);
    EXPECT_EQ(organizations->text(0, 0), QStringLiteral("Acme Telecom"));
    EXPECT_EQ(report.model(Grouping::Month)->rowCount(), 4);
    EXPECT_EQ(report.model(Grouping::Contact)->rowCount(), 3);
    const int columns = organizations->columnCount();
    EXPECT_EQ(organizations->headerData(columns - 1, Qt::Horizontal).toString(),
              QStringLiteral("Resolved most often by"));
    EXPECT_EQ(report.organizations().size(), 2);

    // Only Beta Bank: the EUR and USD columns go, GBP stays.
    OutcomeFilter beta;
    beta.organizationId = fixture.beta;
    report.setFilter(beta);
    EXPECT_EQ(organizations->rowCount(), 1);
    EXPECT_LT(organizations->columnCount(), columns);
    EXPECT_EQ(report.figures().cases, 2);

    // A case closed with an outcome elsewhere (another window, an undo) is counted.
    report.setFilter({});
    QSignalSpy changed(&report, &models::OutcomesReport::figuresChanged);
    CaseOutcome record{fixture.c5, Outcome::Withdrawn, eastern(2026, 3, 2, 9), {}, 0, 0, 0, {}, {}};
    ASSERT_TRUE(OutcomeRepository(*ws).setState(fixture.c5, record, CaseStatus::Closed));
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(report.figures().closed, 4);
    EXPECT_EQ(report.model(Grouping::Month)->rowCount(), 4); // March is no longer empty
    EXPECT_EQ(report.model(Grouping::Month)->text(2, 2), QStringLiteral("1"));
}

// The figures behind the Outcomes window's charts: the table models under the model tester,
// a filter change, and a case closed elsewhere showing up.
#include "ui/models/outcomes/OutcomesReport.h"
#include "core/outcomes/OutcomeTable.h"
#include "core/store/OutcomeRepository.h"
#include "tests/outcomes/OutcomeFixture.h"
#include "ui/models/outcomes/OutcomeTableModel.h"

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

// A table of more rows than a block: the model writes them a block at a time as asked, and
// every cell is the one the whole table (the verb's, the CSV's) has, whichever way one scrolls.
TEST(OutcomeTableModelTest, RowsWrittenABlockAtATimeAreTheWholeTablesRows)
{
    auto figures = std::make_shared<OutcomeFigures>();
    const int count = 2 * models::OutcomeTableModel::kBlock + 44;
    for (int i = 0; i < count; ++i)
        figures->contacts.push_back({RowId(i + 1), QStringLiteral("Contact %1").arg(i),
                                     QStringLiteral("Org %1").arg(i % 7), i % 5, i % 3, i % 2,
                                     i % 4, i % 6});
    models::OutcomeTableModel model(Grouping::Contact);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFigures(figures);

    const auto whole = OutcomeTable::of(*figures, Grouping::Contact);
    ASSERT_EQ(whole.rows.size(), count);
    ASSERT_EQ(model.rowCount(), count);
    ASSERT_EQ(model.columnCount(), whole.headers.size());
    for (int column = 0; column < model.columnCount(); ++column)
        EXPECT_EQ(model.headerData(column, Qt::Horizontal).toString(), whole.headers[column]);
    for (const int row : {0, 127, 128, count - 2, count - 1, 129, 5, 255, 256})
        for (int column = 0; column < model.columnCount(); ++column)
            EXPECT_EQ(model.data(model.index(row, column)).toString(), whole.rows[row][column])
                << row << ", " << column;
    EXPECT_EQ(model.table().rows, whole.rows);

    // A slice of the table is the same rows as the whole table's.
    const auto middle = OutcomeTable::of(*figures, Grouping::Contact, 100, 50);
    EXPECT_EQ(middle.headers, whole.headers);
    EXPECT_EQ(middle.rows, whole.rows.mid(100, 50));
    EXPECT_EQ(OutcomeTable::of(*figures, Grouping::Contact, count - 3, 50).rows.size(), 3);

    model.setFigures({});
    EXPECT_EQ(model.rowCount(), 0);
}

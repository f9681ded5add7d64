// The Outcomes window on the fixed workspace: every tab draws a chart beside a table with the
// same figures, a filter change reaches both, and the exports read back (PNG by QImage, SVG by
// Qt Svg's renderer, CSV by Python's csv module).
#include "ui/outcomes/OutcomesWindow.h"
#include "tests/outcomes/OutcomeFixture.h"
#include "tests/support/PythonCsv.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/outcomes/OutcomeCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace leverage;
using leverage::testing::OutcomeFixture;
using leverage::testing::readCsvWithPython;
using leverage::testing::RecordingErrorReporter;
using leverage::testing::TestWorkspace;
using Tab = leverage::ui::OutcomesWindow::Tab;

namespace {

class OutcomesWindowTest : public ::testing::Test
{
protected:
    TestWorkspace ws;
    OutcomeFixture fixture = OutcomeFixture::build(*ws);
    RecordingErrorReporter reporter;
    ui::OutcomesWindow window{*ws, reporter};

    void SetUp() override
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace

TEST_F(OutcomesWindowTest, EveryTabHasAChartAndATableWithTheSameRows)
{
    for (const auto tab : {Tab::Organizations, Tab::Months, Tab::Contacts, Tab::Effort}) {
        window.showTab(tab);
        QChart *chart = window.chartView(tab)->chart();
        ASSERT_NE(chart, nullptr);
        ASSERT_FALSE(chart->series().isEmpty());
        EXPECT_FALSE(chart->title().isEmpty());
        EXPECT_GT(window.tableView(tab)->model()->rowCount(), 0);
    }
    // Sought against received in dollars, per organization, the first organization on top.
    window.showTab(Tab::Organizations);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(
        window.chartView(Tab::Organizations)->chart()->series().constFirst());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    const int rows = window.tableView(Tab::Organizations)->model()->rowCount();
    EXPECT_EQ(bars->barSets().at(0)->count(), rows);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(OutcomesWindowTest, AFilterReachesTheChartAndTheTable)
{
    outcomes::OutcomeFilter acme;
    acme.organizationId = fixture.acme;
    window.report().setFilter(acme);
    EXPECT_EQ(window.tableView(Tab::Organizations)->model()->rowCount(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(
        window.chartView(Tab::Organizations)->chart()->series().constFirst());
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->barSets().at(0)->count(), 1);
}

TEST_F(OutcomesWindowTest, ExportsReadBack)
{
    QTemporaryDir dir;
    window.showTab(Tab::Months);
    const QString png = dir.filePath(QStringLiteral("months.png"));
    ASSERT_TRUE(window.exportChart(png));
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), window.chartView(Tab::Months)->size() *
                                window.chartView(Tab::Months)->devicePixelRatioF());

    const QString svg = dir.filePath(QStringLiteral("months.svg"));
    ASSERT_TRUE(window.exportChart(svg));
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());

    window.showTab(Tab::Organizations);
    const QString csv = dir.filePath(QStringLiteral("organizations.csv"));
    ASSERT_TRUE(window.exportCsv(csv));
    const auto rows = readCsvWithPython(csv);
    ASSERT_EQ(rows.size(), 4); // the header and three organizations
    EXPECT_EQ(rows.at(1).toArray().at(0).toString(), QStringLiteral("Acme Telecom"));
    EXPECT_EQ(rows.at(3).toArray().at(0).toString(), QStringLiteral("(no organization)"));
}

// The per-contact figures are read only once their tab is in view, and follow the filter and
// the workspace from then on.
TEST_F(OutcomesWindowTest, TheContactsAreReadWhenTheirTabComesIntoView)
{
    auto *contacts = window.tableView(Tab::Contacts)->model();
    EXPECT_EQ(contacts->rowCount(), 0); // opened on the organizations: not read yet
    window.showTab(Tab::Contacts);
    EXPECT_EQ(contacts->rowCount(), 3); // Dana, Eli, Fay
    outcomes::OutcomeFilter acme;
    acme.organizationId = fixture.acme;
    window.report().setFilter(acme);
    EXPECT_EQ(contacts->rowCount(), 2); // Fay's case is filtered out
    window.showTab(Tab::Effort);
    window.report().setFilter({});
    window.showTab(Tab::Contacts);
    EXPECT_EQ(contacts->rowCount(), 3);
    EXPECT_TRUE(reporter.messages().isEmpty());
}

// A workspace with more organizations than a chart can show readably: the charts per
// organization draw the 12 with the most cases, in the table's order, and say so in the title.
TEST(OutcomeChartsTest, ManyOrganizationsChartTheOnesWithTheMostCases)
{
    outcomes::OutcomeFigures figures;
    for (int i = 0; i < 20; ++i) {
        outcomes::OrganizationFigures row;
        row.name = QStringLiteral("Org %1").arg(i, 2, 10, QLatin1Char('0'));
        row.cases = i % 2 == 0 ? 100 + i : i; // the ten even ones first, then 19, 17
        figures.organizations.push_back(row);
    }
    for (QChart *chart : {ui::OutcomeCharts::organizations(figures, QStringLiteral("USD")),
                          ui::OutcomeCharts::effort(figures)}) {
        const auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        ASSERT_NE(series, nullptr);
        EXPECT_EQ(series->barSets().first()->count(), 12);
        EXPECT_TRUE(chart->title().contains(QStringLiteral("of 20")))
            << chart->title().toStdString();
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        ASSERT_NE(axis, nullptr);
        // Bottom to top: the last organization of the table's order kept (19) at the bottom,
        // the first (00) on top; 09 and below with odd numbers are left out.
        EXPECT_TRUE(axis->categories().first().startsWith(QStringLiteral("Org 19")));
        EXPECT_TRUE(axis->categories().last().startsWith(QStringLiteral("Org 00")));
        for (const auto &category : axis->categories())
            EXPECT_FALSE(category.startsWith(QStringLiteral("Org 09")));
        delete chart;
    }
}

// Thousands of contacts who made promises: the chart draws the 12 with the most, in the
// table's order, and says so; those who made none are left to the table.
TEST(OutcomeChartsTest, ManyContactsChartTheOnesWithTheMostPromises)
{
    outcomes::OutcomeFigures figures;
    for (int i = 0; i < 30; ++i) {
        outcomes::ContactFigures row;
        row.name = QStringLiteral("Contact %1").arg(i, 2, 10, QLatin1Char('0'));
        row.cases = 1;
        // The even ones below 20 made none; the odd ones 1 or 2; 20 and above 5 or 6 each.
        row.promisesKept = i >= 20 ? 5 : (i % 2 == 1 ? 1 : 0);
        row.promisesBroken = i % 2 == 1 && i < 20 && i % 3 == 0 ? 1 : (i >= 20 ? i % 2 : 0);
        figures.contacts.push_back(row);
    }
    std::unique_ptr<QChart> chart(ui::OutcomeCharts::contacts(figures));
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(series->barSets().first()->count(), 12);
    // 20 made a promise: the ten from 20 up, then two of those below 20 with two (3, 9, 15),
    // the first in the table's order.
    EXPECT_TRUE(chart->title().contains(QStringLiteral("of 20"))) << chart->title().toStdString();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    ASSERT_NE(axis, nullptr);
    QStringList expected;
    for (int i : {29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 9, 3})
        expected << QStringLiteral("Contact %1").arg(i, 2, 10, QLatin1Char('0'));
    EXPECT_EQ(axis->categories(), expected);

    // Few enough: everyone who made one, and the title as it is.
    figures.contacts.resize(10);
    std::unique_ptr<QChart> few(ui::OutcomeCharts::contacts(figures));
    EXPECT_FALSE(few->title().contains(QStringLiteral("with the most")));
    EXPECT_EQ(
        qobject_cast<QBarCategoryAxis *>(few->axes(Qt::Vertical).first())->categories().size(),
        5); // 1, 3, 5, 7, 9
}

// Three years of months: the bars' numbers would run into each other and the months side by
// side would be elided, so the numbers go (to the tooltip and the table) and the months stand
// upright; a year or less keeps both.
TEST(OutcomeChartsTest, ManyMonthsAreWrittenUprightWithoutNumbersOnTheBars)
{
    for (const int count : {12, 37}) {
        outcomes::OutcomeFigures figures;
        for (int i = 0; i < count; ++i)
            figures.months.push_back({QDate(2024, 1, 1).addMonths(i), 200 + i, i, {}});
        std::unique_ptr<QChart> chart(ui::OutcomeCharts::months(figures, QStringLiteral("USD")));
        const auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        ASSERT_NE(bars, nullptr);
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        ASSERT_NE(axis, nullptr);
        EXPECT_EQ(axis->count(), count);
        EXPECT_EQ(bars->isLabelsVisible(), count <= ui::OutcomeCharts::kMonthsLabelled) << count;
        EXPECT_EQ(axis->labelsAngle(), count <= ui::OutcomeCharts::kMonthsLabelled ? 0 : -90)
            << count;
    }
}

// No one made a promise (the large generated workspace): the empty chart says why.
TEST(OutcomeChartsTest, AContactChartWithoutPromisesSaysSo)
{
    outcomes::OutcomeFigures figures;
    figures.contacts.push_back({1, QStringLiteral("Dana"), {}, 2, 1, 0, 0, 0});
    std::unique_ptr<QChart> chart(ui::OutcomeCharts::contacts(figures));
    EXPECT_TRUE(chart->title().contains(QStringLiteral("no one made a promise")))
        << chart->title().toStdString();
}

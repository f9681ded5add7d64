// `leverage outcomes` (issue 22) on the demo workspace: the figures tab-separated, by month,
// and as CSV read back by Python's csv module.
#include "tests/support/LeverageProcess.h"
#include "tests/support/PythonCsv.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::testing::readCsvWithPython;
using leverage::testing::runLeverage;

namespace {

QStringList cellsOf(const QStringList &lines, const QString &first)
{
    for (const auto &line : lines)
        if (line.startsWith(first + QLatin1Char('\t')))
            return line.split(QLatin1Char('\t'));
    return {};
}

} // namespace

TEST(OutcomesCliTest, TheDemoFiguresPerOrganizationMonthAndAsCsv)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);

    const auto run = runLeverage({QStringLiteral("outcomes"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    const auto headers = lines.first().split(QLatin1Char('\t'));
    EXPECT_EQ(headers.first(), QStringLiteral("Organization"));
    for (const auto &line : lines)
        EXPECT_EQ(line.split(QLatin1Char('\t')).size(), headers.size()) << line.toStdString();
    // The hotel case: a $212 refund and a $75 voucher, resolved at the executive office.
    const auto atlas = cellsOf(lines, QStringLiteral("Atlas Airways"));
    ASSERT_FALSE(atlas.isEmpty());
    EXPECT_EQ(atlas.at(headers.indexOf(QStringLiteral("Received (USD)"))),
              QStringLiteral("287.00"));
    EXPECT_EQ(atlas.at(headers.indexOf(QStringLiteral("Resolved most often by"))),
              QStringLiteral("Executive office"));
    const auto crestlink = cellsOf(lines, QStringLiteral("Crestlink Communications"));
    ASSERT_FALSE(crestlink.isEmpty());
    EXPECT_EQ(crestlink.at(headers.indexOf(QStringLiteral("Received (USD)"))),
              QStringLiteral("150.00"));

    const auto months = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--by"), QStringLiteral("month")});
    ASSERT_EQ(months.exitCode, 0);
    EXPECT_TRUE(months.out.startsWith(QStringLiteral("Month\tCases opened\tCases closed")));

    const auto csv = dir.filePath(QStringLiteral("contacts.csv"));
    const auto written = runLeverage({QStringLiteral("outcomes"), file, QStringLiteral("--by"),
                                      QStringLiteral("contact"), QStringLiteral("--csv"), csv});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const auto rows = readCsvWithPython(csv);
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toArray().at(0).toString(), QStringLiteral("Contact"));
    for (const auto &row : rows)
        EXPECT_EQ(row.toArray().size(), 7);

    const auto wrong = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--by"), QStringLiteral("year")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("--by")));
}

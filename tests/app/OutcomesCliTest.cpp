// `leverage outcomes` (issue 22) on the demo workspace: the figures tab-separated, by month,
// and as CSV read back by Python's csv module.
#include "tests/support/LeverageProcess.h"
#include "tests/support/PythonCsv.h"
#include "tests/support/PythonJson.h"

#include <QFile>

#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::testing::readCsvWithPython;
using leverage::testing::readJsonWithPython;
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

TEST(OutcomesCliTest, TheRegulatorFormAsTextAndJsonAndTheTroubleTables)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    const auto cases = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--by"), QStringLiteral("case")});
    ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    const auto lines = cases.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    const auto headers = lines.first().split(QLatin1Char('\t'));
    EXPECT_EQ(headers.mid(0, 4),
              (QStringList{QStringLiteral("Case"), QStringLiteral("Organization"),
                           QStringLiteral("Status"), QStringLiteral("Contacts")}));
    const auto hotel = cellsOf(lines, QStringLiteral("Hotel reimbursement promised after "
                                                     "cancelled flight"));
    ASSERT_FALSE(hotel.isEmpty());
    EXPECT_EQ(hotel.at(1), QStringLiteral("Atlas Airways"));

    // The hotel case's number, as `leverage cases` lists it (id first).
    const auto list = runLeverage({QStringLiteral("cases"), file});
    QString id;
    for (const auto &line : list.out.split(QLatin1Char('\n')))
        if (line.contains(QStringLiteral("Hotel reimbursement")))
            id = line.section(QLatin1Char('\t'), 0, 0).trimmed();
    ASSERT_FALSE(id.isEmpty()) << list.out.toStdString();

    const auto text = runLeverage({QStringLiteral("outcomes"), file, QStringLiteral("--case"), id});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Company: Atlas Airways\n")));
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("Company's response: Closed with monetary relief")));

    const auto json = runLeverage({QStringLiteral("outcomes"), file, QStringLiteral("--case"), id,
                                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const auto path = dir.filePath(QStringLiteral("form.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(json.out.toUtf8());
    out.close();
    EXPECT_EQ(readJsonWithPython(path, QStringLiteral("d['company'], d['outcome'], "
                                                      "[r['currency'] for r in d['received']]")),
              QStringLiteral("Atlas Airways money ['USD']"));

    const auto wrong = runLeverage({QStringLiteral("outcomes"), file, QStringLiteral("--case"), id,
                                    QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(wrong.exitCode, 2);
    const auto none = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--case"), QStringLiteral("99999")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_FALSE(none.err.isEmpty());
}

// `leverage outcomes` (issue 22) on the demo workspace: the figures tab-separated, by month,
// and as CSV read back by Python's csv module.
#include "core/outcomes/CurrencyTotals.h"
#include "core/store/TimelineRepository.h"
#include "core/store/TroubleCostRepository.h"
#include "core/store/Workspace.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/PythonCsv.h"
#include "tests/support/PythonJson.h"
#include "tests/support/TestWorkspace.h"

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

// Time and trouble in money on the command line: with an hourly value of USD 30.00 and the
// hotel case's costs (USD 3.40 and EUR 18.00), `--by case` and `--by trouble` gain the columns,
// each currency apart; the time value is the case's minutes on the phone at that rate.
TEST(OutcomesCliTest, TheTroubleTablesSayWhatTheTimeWasWorthAndWhatWasPaid)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    const QString hotelTitle =
        QStringLiteral("Hotel reimbursement promised after cancelled flight");
    qint64 callSeconds = 0;
    {
        leverage::FixedClock clock(leverage::testing::testNow());
        auto workspace = leverage::Workspace::open(file, clock);
        ASSERT_TRUE(workspace) << workspace.message().toStdString();
        const auto hotel = leverage::testing::caseTitledIn(**workspace, hotelTitle);
        leverage::TroubleCostRepository costs(**workspace);
        ASSERT_TRUE(costs.setHourlyValue({3000, QStringLiteral("USD")}));
        ASSERT_TRUE(costs.setCosts(
            hotel, {{340, QStringLiteral("USD"), QDate(2026, 2, 1), QStringLiteral("Postage")},
                    {1800, QStringLiteral("EUR"), QDate(2026, 2, 3), QStringLiteral("Train")}}));
        for (const auto &entry : *(*workspace)->timeline().forCase(hotel))
            callSeconds += entry.channel == leverage::Channel::Call ? entry.durationSeconds : 0;
    }
    ASSERT_GT(callSeconds, 0);
    const auto byCase = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--by"), QStringLiteral("case")});
    ASSERT_EQ(byCase.exitCode, 0) << byCase.err.toStdString();
    const auto lines = byCase.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto headers = lines.first().split(QLatin1Char('\t'));
    const auto hotel = cellsOf(lines, hotelTitle);
    ASSERT_FALSE(hotel.isEmpty());
    ASSERT_GE(headers.indexOf(QStringLiteral("Time value (USD)")), 0) << byCase.out.toStdString();
    EXPECT_EQ(hotel.at(headers.indexOf(QStringLiteral("Time value (USD)"))),
              leverage::outcomes::plainAmount((callSeconds * 3000 + 1800) / 3600));
    EXPECT_EQ(hotel.at(headers.indexOf(QStringLiteral("Out of pocket (USD)"))),
              QStringLiteral("3.40"));
    EXPECT_EQ(hotel.at(headers.indexOf(QStringLiteral("Out of pocket (EUR)"))),
              QStringLiteral("18.00"));

    const auto byOrganization = runLeverage(
        {QStringLiteral("outcomes"), file, QStringLiteral("--by"), QStringLiteral("trouble")});
    ASSERT_EQ(byOrganization.exitCode, 0);
    const auto rows = byOrganization.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto organizationHeaders = rows.first().split(QLatin1Char('\t'));
    const auto atlas = cellsOf(rows, QStringLiteral("Atlas Airways"));
    ASSERT_FALSE(atlas.isEmpty());
    EXPECT_EQ(atlas.at(organizationHeaders.indexOf(QStringLiteral("Out of pocket (EUR)"))),
              QStringLiteral("18.00"));
}

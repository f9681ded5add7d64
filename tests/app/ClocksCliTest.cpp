#include "tests/support/LeverageProcess.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::testing::runLeverage;

// `leverage clocks`: the demo's UK bank case, received by the bank 27 days before the demo was
// made (by the binary's clock: today), opens the Financial Ombudsman's door 8 weeks after.
TEST(ClocksCliTest, ListsTheDemoCasesClocksTabSeparated)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    const auto run = runLeverage({QStringLiteral("clocks"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const auto lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    for (const auto &line : lines)
        EXPECT_EQ(line.split(QLatin1Char('\t')).size(), 5) << line.toStdString();
    const QDate received = QDate::currentDate().addDays(-27);
    const QString dates =
        QStringLiteral("\t%1\t%2\trunning")
            .arg(received.toString(Qt::ISODate), received.addDays(56).toString(Qt::ISODate));
    const auto door = lines.filter(QStringLiteral("\tgb-fos-disp-2-8-1\t"));
    ASSERT_EQ(door.size(), 1);
    EXPECT_TRUE(door.first().endsWith(dates)) << door.first().toStdString();
    const QString caseId = door.first().section(QLatin1Char('\t'), 0, 0);

    const auto one =
        runLeverage({QStringLiteral("clocks"), file, QStringLiteral("--case"), caseId});
    ASSERT_EQ(one.exitCode, 0);
    for (const auto &line : one.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        EXPECT_TRUE(line.startsWith(caseId + QLatin1Char('\t')));

    const auto ics = dir.filePath(QStringLiteral("clocks.ics"));
    const auto written =
        runLeverage({QStringLiteral("clocks"), file, QStringLiteral("--ics"), ics});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QFile calendar(ics);
    ASSERT_TRUE(calendar.open(QIODevice::ReadOnly));
    const QByteArray text = calendar.readAll();
    EXPECT_TRUE(
        text.contains("DTSTART;VALUE=DATE:" + received.addDays(56).toString("yyyyMMdd").toUtf8()));
    EXPECT_TRUE(text.contains("UID:clock-" + caseId.toUtf8() + "-gb-fos-disp-2-8-1@leverage"));
}

TEST(ClocksCliTest, AnUnknownCaseFailsWithOneLine)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    const auto run = runLeverage(
        {QStringLiteral("clocks"), file, QStringLiteral("--case"), QStringLiteral("999")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

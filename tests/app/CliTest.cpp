#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using leverage::testing::fileChecksum;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runLeverage(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEVERAGE_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(CliTest, DemoThenCasesListsTheDemoCasesTabSeparated)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    auto demo = runLeverage({QStringLiteral("demo"), file});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    auto cases = runLeverage({QStringLiteral("cases"), file});
    ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    const auto lines = cases.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    for (const auto &line : lines)
        EXPECT_EQ(line.split(QLatin1Char('\t')).size(), 4) << line.toStdString();
    EXPECT_TRUE(cases.out.contains(QStringLiteral("Atlas Airways")));
}

TEST(CliTest, DemoRefusesToOverwriteAFile)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("mine.leverage"));
    ASSERT_EQ(runLeverage({QStringLiteral("demo"), file}).exitCode, 0);
    const auto before = fileChecksum(file);
    auto again = runLeverage({QStringLiteral("demo"), file});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileChecksum(file), before);
}

TEST(CliTest, CasesOnSomethingElseFailsWithOneLineAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("letter.txt"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Dear Sir or Madam,\n");
    }
    const auto before = fileChecksum(file);
    auto run = runLeverage({QStringLiteral("cases"), file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a Leverage workspace")));
    EXPECT_EQ(fileChecksum(file), before);
}

TEST(CliTest, MissingFileAndBadUsageAreErrors)
{
    EXPECT_EQ(
        runLeverage({QStringLiteral("cases"), QStringLiteral("/nonexistent/x.leverage")}).exitCode,
        1);
    EXPECT_EQ(runLeverage({QStringLiteral("cases")}).exitCode, 2);
    EXPECT_EQ(runLeverage({QStringLiteral("cases"), QStringLiteral("--bogus"), QStringLiteral("x")})
                  .exitCode,
              2);
}

TEST(CliTest, HelpAndVersionNeedNoDisplay)
{
    auto help = runLeverage({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: leverage")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("cases FILE")));
    auto version = runLeverage({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("leverage ")));
}

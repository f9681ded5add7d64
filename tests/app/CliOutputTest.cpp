// A verb's output file never replaces the workspace it reads (found by command_line_fuzzer:
// `outcomes w.leverage --csv w.leverage` wrote the CSV over the workspace and said it had).
#include "core/services/DemoWorkspaceBuilder.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::fileChecksum;
using leverage::testing::runLeverage;
using leverage::testing::testNow;

namespace {

// Each verb that writes a file, with `out` as the file it writes.
QList<QStringList> writingVerbs(const QString &workspace, const QString &out)
{
    return {
        {QStringLiteral("outcomes"), workspace, QStringLiteral("--csv"), out},
        {QStringLiteral("agenda"), workspace, QStringLiteral("--ics"), out},
        {QStringLiteral("clocks"), workspace, QStringLiteral("--ics"), out},
        {QStringLiteral("contacts"), QStringLiteral("export"), workspace, QStringLiteral("--out"),
         out},
        {QStringLiteral("archive"), QStringLiteral("export"), workspace, QStringLiteral("--out"),
         out},
        {QStringLiteral("dossier"), workspace, QStringLiteral("--case"), QStringLiteral("1"),
         QStringLiteral("--out"), out},
    };
}

} // namespace

TEST(CliOutputTest, NoVerbWritesItsOutputOverTheWorkspaceOrItsFiles)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("case.leverage"));
    {
        FixedClock clock{testNow()};
        auto opened = Workspace::open(file, clock);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(DemoWorkspaceBuilder(**opened).build());
    }
    const auto alias = dir.filePath(QStringLiteral("alias.leverage"));
    ASSERT_TRUE(QFile::link(file, alias));
    const auto before = fileChecksum(file);
    // The workspace itself, by another name, and its write-ahead log.
    for (const auto &[workspace, out] : QList<std::pair<QString, QString>>{
             {file, file}, {alias, file}, {file, alias}, {file, file + QStringLiteral("-wal")}}) {
        for (const auto &arguments : writingVerbs(workspace, out)) {
            const auto run = runLeverage(arguments);
            const auto command = arguments.join(QLatin1Char(' ')).toStdString();
            EXPECT_EQ(run.exitCode, 2) << command;
            EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << command << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(QStringLiteral("would replace the workspace itself")))
                << command << run.err.toStdString();
            EXPECT_TRUE(run.out.isEmpty()) << command;
            EXPECT_EQ(fileChecksum(file), before) << command;
            EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal"))) << command;
        }
    }
    const auto cases = runLeverage({QStringLiteral("cases"), file});
    EXPECT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    EXPECT_EQ(cases.out.count(QLatin1Char('\n')), 6);
    // Another name beside it is written as asked.
    const auto csv = dir.filePath(QStringLiteral("case.leverage.csv"));
    const auto figures =
        runLeverage({QStringLiteral("outcomes"), file, QStringLiteral("--csv"), csv});
    EXPECT_EQ(figures.exitCode, 0) << figures.err.toStdString();
    EXPECT_GT(QFileInfo(csv).size(), 0);
}

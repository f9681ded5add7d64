#include "core/services/DemoWorkspaceBuilder.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace leverage;
using leverage::testing::fileChecksum;
using leverage::testing::runLeverage;
using leverage::testing::testNow;

TEST(CliTest, DemoThenCasesListsTheDemoCasesTabSeparated)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("demo.leverage"));
    auto demo = runLeverage({QStringLiteral("demo"), file});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    auto cases = runLeverage({QStringLiteral("cases"), file});
    ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    const auto lines = cases.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6); // with the UK bank case (issue 19)
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

TEST(CliTest, AnEmptyFileIsReportedAndLeftAsItIs)
{
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("empty.leverage"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    for (const auto &verb :
         {QStringList{QStringLiteral("cases"), file}, QStringList{QStringLiteral("agenda"), file},
          QStringList{QStringLiteral("contacts"), QStringLiteral("export"), file,
                      QStringLiteral("--out"), dir.filePath("out.vcf")}}) {
        auto run = runLeverage(verb);
        EXPECT_EQ(run.exitCode, 1) << verb.first().toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral(
            "\"empty.leverage\" is empty (0 bytes): it may be a failed copy or a sync "
            "placeholder; Leverage left it as it is.")))
            << run.err.toStdString();
    }
    EXPECT_EQ(QFileInfo(file).size(), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("empty.leverage")});
}

class CliReadingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Workspace::open(file(), clock);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(DemoWorkspaceBuilder(**opened).build());
    }
    QString file() const { return dir.filePath(QStringLiteral("case.leverage")); }

    // Every reading verb succeeds and says something.
    void expectReadingVerbsWork(const QString &workspace)
    {
        const auto cases = runLeverage({QStringLiteral("cases"), workspace});
        ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
        EXPECT_EQ(cases.out.count(QLatin1Char('\n')), 6);
        const auto agenda = runLeverage({QStringLiteral("agenda"), workspace});
        EXPECT_EQ(agenda.exitCode, 0) << agenda.err.toStdString();
        const auto vcf = out.filePath(QStringLiteral("contacts.vcf"));
        const auto exported = runLeverage({QStringLiteral("contacts"), QStringLiteral("export"),
                                           workspace, QStringLiteral("--out"), vcf});
        EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        EXPECT_TRUE(QFileInfo(vcf).size() > 0);
        const auto caseId = cases.out.section(QLatin1Char('\t'), 0, 0);
        const auto pdf = out.filePath(QStringLiteral("dossier.pdf"));
        const auto dossier =
            runLeverage({QStringLiteral("dossier"), workspace, QStringLiteral("--case"), caseId,
                         QStringLiteral("--out"), pdf});
        EXPECT_EQ(dossier.exitCode, 0) << dossier.err.toStdString();
        EXPECT_TRUE(QFileInfo(pdf).size() > 0);
    }

    QTemporaryDir dir;
    QTemporaryDir out;
    FixedClock clock{testNow()};
};

TEST_F(CliReadingTest, ReadingVerbsWorkOnAReadOnlyFileAndLeaveItAsItWas)
{
    ASSERT_TRUE(QFile::setPermissions(file(), QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const auto before = fileChecksum(file());
    expectReadingVerbsWork(file());
    EXPECT_EQ(fileChecksum(file()), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("case.leverage")});
}

TEST_F(CliReadingTest, ReadingVerbsWorkInAReadOnlyFolder)
{
    const auto before = fileChecksum(file());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    expectReadingVerbsWork(file());
    const auto import = runLeverage({QStringLiteral("contacts"), QStringLiteral("import"), file(),
                                     out.filePath(QStringLiteral("contacts.vcf"))});
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_TRUE(import.err.contains(QStringLiteral("read-only folder")))
        << import.err.toStdString();
    EXPECT_EQ(fileChecksum(file()), before);
}

TEST_F(CliReadingTest, ReadingVerbsWorkWhileAWindowHoldsTheWorkspace)
{
    auto window = Workspace::open(file(), clock); // this process plays the window
    ASSERT_TRUE(window) << window.message().toStdString();
    expectReadingVerbsWork(file());
}

TEST_F(CliReadingTest, NoSecondWriterThroughASymlinkOrAHardLink)
{
    auto window = Workspace::open(file(), clock);
    ASSERT_TRUE(window);
    const auto vcf = out.filePath(QStringLiteral("one.vcf"));
    {
        QFile f(vcf);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Pat Lee\r\nEND:VCARD\r\n");
    }
    const auto symlink = out.filePath(QStringLiteral("alias.leverage"));
    const auto hardLink = out.filePath(QStringLiteral("second-name.leverage"));
    ASSERT_TRUE(QFile::link(file(), symlink));
    const auto viaSymlink =
        runLeverage({QStringLiteral("contacts"), QStringLiteral("import"), symlink, vcf});
    EXPECT_EQ(viaSymlink.exitCode, 1);
    EXPECT_TRUE(viaSymlink.err.contains(QStringLiteral("already open")))
        << viaSymlink.err.toStdString();
    // A second name for the same file, made while the window has it open.
    ASSERT_EQ(
        ::link(QFile::encodeName(file()).constData(), QFile::encodeName(hardLink).constData()), 0);
    const auto viaHardLink =
        runLeverage({QStringLiteral("contacts"), QStringLiteral("import"), hardLink, vcf});
    EXPECT_EQ(viaHardLink.exitCode, 1);
    EXPECT_TRUE(viaHardLink.err.contains(QStringLiteral("hard link")))
        << viaHardLink.err.toStdString();
    EXPECT_FALSE(QFile::exists(hardLink + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(symlink + QStringLiteral("-wal")));
}

// The data folder and the log say who the user is fighting: private even under umask 022.
TEST(CliTest, TheDataFolderAndTheLogArePrivate)
{
    QTemporaryDir dir;
    const mode_t previous = ::umask(022);
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    const auto workspace = dir.filePath(QStringLiteral("new.leverage"));
    process.start(QStringLiteral(LEVERAGE_BINARY), {QStringLiteral("demo"), workspace});
    ASSERT_TRUE(process.waitForFinished(60000));
    ::umask(previous);
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    auto modeOf = [](const QString &path) {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777)
                                                                       : -1;
    };
    EXPECT_EQ(modeOf(workspace), 0600);
    QString log;
    QDirIterator it(dir.filePath(QStringLiteral("data")), {QStringLiteral("leverage.log")},
                    QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        log = it.next();
    ASSERT_FALSE(log.isEmpty()) << "no log written";
    EXPECT_EQ(modeOf(log), 0600);
    EXPECT_EQ(modeOf(QFileInfo(log).absolutePath()), 0700);
}

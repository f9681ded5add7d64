// `leverage dossier`: the built binary, run as a user would, exit codes and files checked.
#include "core/services/DemoWorkspaceBuilder.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

struct VerbRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class DossierCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoWorkspaceBuilder(m_ws.get()).build());
        m_workspace = m_ws.path();
        m_ws.close(); // the verb opens the file itself
    }

    VerbRun run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LEVERAGE_BINARY),
                      QStringList{QStringLiteral("dossier")} + arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        VerbRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        // Qt's own start-up chatter (XDG_RUNTIME_DIR …) is not ours to count.
        for (const auto &line : QString::fromUtf8(process.readAllStandardError()).split('\n'))
            if (line.startsWith(QLatin1String("leverage:")))
                result.err += line + QLatin1Char('\n');
        return result;
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }

    TestWorkspace m_ws;
    QTemporaryDir m_dir;
    QString m_workspace;
};

TEST_F(DossierCommandTest, WritesAPdfAndExitsZero)
{
    const auto result = run({m_workspace, "--case", "1", "--out", out("d.pdf")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile pdf(out("d.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_TRUE(pdfText(out("d.pdf")).contains(QStringLiteral("Hotel reimbursement")));
}

TEST_F(DossierCommandTest, OptionsReachTheDossier)
{
    const auto result = run({m_workspace, "--case", "1", "--out", out("d.pdf"), "--from",
                             "2025-12-10", "--to", "2025-12-10", "--no-contacts", "--no-escalation",
                             "--paper", "letter", "--prepared-by", "Alex"});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString text = pdfText(out("d.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("One day, Wed 10 Dec 2025"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Prepared by")));
    EXPECT_FALSE(text.contains(QStringLiteral("Appendix")));
    EXPECT_FALSE(text.contains(QStringLiteral("Escalation path")));
    // The timeline holds that one day only.
    const qsizetype start = text.indexOf(QStringLiteral("\nTimeline"));
    // No promise was made that day: no Commitments section follows.
    EXPECT_EQ(text.indexOf(QStringLiteral("\nCommitments"), start), -1);
    const qsizetype end = text.size();
    ASSERT_GT(start, 0);
    const QString timeline = text.mid(start, end - start);
    EXPECT_TRUE(timeline.contains(QStringLiteral("Wed 10 Dec 2025")));
    EXPECT_FALSE(timeline.contains(QStringLiteral("Nov 2025"))) << timeline.toStdString();
    EXPECT_FALSE(timeline.contains(QStringLiteral("Jan 2026"))) << timeline.toStdString();
}

TEST_F(DossierCommandTest, AnUnknownCaseFailsWithOneLineAndWritesNothing)
{
    const auto result = run({m_workspace, "--case", "999", "--out", out("d.pdf")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("999")));
    EXPECT_FALSE(QFile::exists(out("d.pdf")));
}

TEST_F(DossierCommandTest, AFileThatIsNotAWorkspaceIsLeftUntouched)
{
    const QString notes = out("notes.txt");
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my shopping list, not a workspace\n");
    file.close();
    const QByteArray before = fileChecksum(notes);
    const auto result = run({notes, "--case", "1", "--out", out("d.pdf")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("not a Leverage workspace")));
    EXPECT_EQ(fileChecksum(notes), before);
    EXPECT_FALSE(QFile::exists(out("d.pdf")));
}

TEST_F(DossierCommandTest, ADateThatDoesNotParseIsRefused)
{
    for (const char *date : {"2026-02-30", "yesterday", "03/02/2026"}) {
        const auto result =
            run({m_workspace, "--case", "1", "--out", out("d.pdf"), "--from", date});
        EXPECT_NE(result.exitCode, 0) << date;
        EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(QStringLiteral("YYYY-MM-DD"))) << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(out("d.pdf")));
    }
}

TEST_F(DossierCommandTest, ABackwardsRangeIsRefused)
{
    const auto result = run({m_workspace, "--case", "1", "--out", out("d.pdf"), "--from",
                             "2026-02-01", "--to", "2026-01-01"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("is after"))) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(out("d.pdf")));
}

TEST_F(DossierCommandTest, AnUnwritableOutputFailsAndKeepsWhatWasThere)
{
    // A regular file where a folder should be: no user, root included, can write below it.
    QFile blocker(out("blocker"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto result = run({m_workspace, "--case", "1", "--out", out("blocker/d.pdf")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(result.err.count('\n'), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QStringLiteral("folder does not exist")))
        << result.err.toStdString();

    // A failed run never replaces an earlier dossier with a broken one.
    QFile earlier(out("earlier.pdf"));
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
    earlier.write("an earlier dossier");
    earlier.close();
    const QByteArray before = fileChecksum(out("earlier.pdf"));
    result = run({m_workspace, "--case", "999", "--out", out("earlier.pdf")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_EQ(fileChecksum(out("earlier.pdf")), before);
}

TEST_F(DossierCommandTest, MissingArgumentsAreAUsageError)
{
    EXPECT_EQ(run({m_workspace, "--case", "1"}).exitCode, 2);
    EXPECT_EQ(run({m_workspace, "--out", out("d.pdf")}).exitCode, 2);
    EXPECT_EQ(run({m_workspace, "--case", "one", "--out", out("d.pdf")}).exitCode, 2);
    EXPECT_EQ(run({m_workspace, "--case", "1", "--out", m_workspace}).exitCode, 2);
}

} // namespace
} // namespace leverage

#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run leverage(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LEVERAGE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class ContactsCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        workspace = m_dir.filePath(QStringLiteral("demo.leverage"));
        const auto demo = leverage({QStringLiteral("demo"), workspace});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QString workspace;
};

TEST_F(ContactsCli, ExportThenImportAgainSkipsOrMergesDuplicates)
{
    const auto vcf = path("contacts.vcf");
    const auto exported = leverage({QStringLiteral("contacts"), QStringLiteral("export"), workspace,
                                    QStringLiteral("--out"), vcf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(vcf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto bytes = file.readAll();
    const int cards = int(bytes.count("BEGIN:VCARD"));
    EXPECT_GE(cards, 5);
    EXPECT_EQ(bytes.count("X-LEVERAGE-GATEWAY:TRUE"), 3) << "the demo has three gateways";
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Exported %1 contacts").arg(cards)));

    const auto skipped =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, vcf});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("created 0, merged 0, skipped %1").arg(cards)))
        << skipped.out.toStdString();

    const auto merged = leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace,
                                  vcf, QStringLiteral("--merge-duplicates")});
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_TRUE(merged.out.contains(QStringLiteral("created 0, merged %1, skipped 0").arg(cards)))
        << merged.out.toStdString();

    // Into a fresh workspace: everyone is new.
    testing::TestWorkspace fresh;
    const QString freshPath = fresh.path();
    fresh.close();
    const auto created =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), freshPath, vcf});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.contains(QStringLiteral("created %1, merged 0, skipped 0").arg(cards)))
        << created.out.toStdString();
}

TEST_F(ContactsCli, ExportsOneOrganization)
{
    const auto vcf = path("atlas.vcf");
    const auto run = leverage({QStringLiteral("contacts"), QStringLiteral("export"), workspace,
                               QStringLiteral("--out"), vcf, QStringLiteral("--organization"),
                               QStringLiteral("atlas airways")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(vcf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto bytes = file.readAll();
    EXPECT_EQ(bytes.count("BEGIN:VCARD"), 4);
    EXPECT_EQ(bytes.count("ORG:Atlas Airways\r\n"), 4);
    EXPECT_NE(leverage({QStringLiteral("contacts"), QStringLiteral("export"), workspace,
                        QStringLiteral("--out"), vcf, QStringLiteral("--organization"),
                        QStringLiteral("Nobody Inc")})
                  .exitCode,
              0);
}

TEST_F(ContactsCli, MalformedFileFailsWithTheLineAndLeavesTheWorkspaceUnchanged)
{
    const auto before = testing::fileChecksum(workspace);
    const auto vcf = path("bad.vcf");
    writeFile(vcf, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad \xFF\xFE\r\nEND:VCARD\r\n");
    const auto run =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, vcf});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Line 7:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Nothing was imported")));
    EXPECT_EQ(testing::fileChecksum(workspace), before);

    const auto unterminated = path("unterminated.vcf");
    writeFile(unterminated, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good\r\n");
    const auto second =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, unterminated});
    EXPECT_NE(second.exitCode, 0);
    EXPECT_TRUE(second.err.contains(QStringLiteral("Line 1:"))) << second.err.toStdString();
    EXPECT_EQ(testing::fileChecksum(workspace), before);
}

TEST_F(ContactsCli, AFailureWhileWritingLeavesTheWorkspaceUnchanged)
{
    const auto before = testing::fileChecksum(workspace);
    const auto vcf = path("loop.vcf");
    writeFile(vcf, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Loop\r\nORG:New Org\r\n"
                   "UID:urn:uuid:cccccccc-0000-4000-8000-000000000001\r\n"
                   "X-LEVERAGE-SUPERVISOR:urn:uuid:cccccccc-0000-4000-8000-000000000001\r\n"
                   "END:VCARD\r\n");
    const auto run =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, vcf});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 1"))) << run.err.toStdString();
    EXPECT_EQ(testing::fileChecksum(workspace), before);
}

// Control characters from a file never reach the terminal raw, and never a stored name.
TEST_F(ContactsCli, ControlCharactersNeitherReachTheTerminalNorTheStore)
{
    const auto bad = path("bad.vcf");
    QByteArray badBytes("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n"
                        "BEGIN:VCALENDAR\x1b[2J\x1b]0;owned\x07\rX");
    badBytes.append('\0');
    badBytes.append("Y\r\n");
    writeFile(bad, badBytes);
    const auto refused =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, bad});
    EXPECT_EQ(refused.exitCode, 1);
    for (const char c : {'\x1b', '\r', '\0', '\x07'})
        EXPECT_FALSE(refused.err.contains(QLatin1Char(c))) << int(c) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\\x1B[2J"))) << refused.err.toStdString();

    const auto sneaky = path("sneaky.vcf");
    writeFile(sneaky, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\x1b[31mMallory\x1b[0m Smith\x07\r\n"
                      "TITLE:Agent\x1b]0;title\x07\r\nNOTE:line one\\nline\x1b[1m two\r\n"
                      "BDAY:1990-01-01\r\nEND:VCARD\r\n");
    const auto imported =
        leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace, sneaky});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("not stored")));
    EXPECT_TRUE(imported.out.contains(QStringLiteral("BDAY (1 card)")))
        << imported.out.toStdString();
    const auto vcf = path("back.vcf");
    ASSERT_EQ(leverage({QStringLiteral("contacts"), QStringLiteral("export"), workspace,
                        QStringLiteral("--out"), vcf})
                  .exitCode,
              0);
    QFile file(vcf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("FN:Mallory Smith\r\n")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("NOTE:line one\\nline two\r\n"));
    EXPECT_FALSE(bytes.contains('\x1b'));
    EXPECT_FALSE(bytes.contains('\x07'));
}

TEST_F(ContactsCli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(leverage({QStringLiteral("contacts")}).exitCode, 2);
    EXPECT_EQ(leverage({QStringLiteral("contacts"), QStringLiteral("export"), workspace}).exitCode,
              2);
    EXPECT_EQ(leverage({QStringLiteral("contacts"), QStringLiteral("import"), workspace}).exitCode,
              2);
    EXPECT_EQ(leverage({QStringLiteral("contacts"), QStringLiteral("import"), path("none.leverage"),
                        path("none.vcf")})
                  .exitCode,
              1);
}

} // namespace
} // namespace leverage

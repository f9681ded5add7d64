// `leverage archive export|import`: exit 0, or one line on stderr and nothing written.
#include "core/archive/ArchiveMessages.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/support/LeverageProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace leverage;
using leverage::testing::runLeverage;

namespace {

class ArchiveCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(runLeverage({QStringLiteral("demo"), m_workspace}).exitCode, 0);
        QFile file(m_passphrase);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("a long passphrase for the advocate\n");
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    const QString m_workspace = m_dir.filePath(QStringLiteral("demo.leverage"));
    const QString m_passphrase = m_dir.filePath(QStringLiteral("passphrase.txt"));
};

} // namespace

TEST_F(ArchiveCliTest, ExportThenImportPlainAndEncrypted)
{
    const int cases = WorkspaceBackup::caseCount(m_workspace).value_or(-1);
    ASSERT_GT(cases, 0);
    for (const bool encrypted : {false, true}) {
        const QString archive =
            path(encrypted ? QStringLiteral("sealed.lvarc") : QStringLiteral("plain.lvarc"));
        const QString restored = path(encrypted ? QStringLiteral("from-sealed.leverage")
                                                : QStringLiteral("from-plain.leverage"));
        QStringList passphrase;
        if (encrypted)
            passphrase = {QStringLiteral("--passphrase-file"), m_passphrase};
        auto exported = runLeverage(QStringList{QStringLiteral("archive"), QStringLiteral("export"),
                                                m_workspace, QStringLiteral("--out"), archive} +
                                    passphrase);
        ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
        EXPECT_TRUE(exported.err.isEmpty());
        struct stat info
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(archive).constData(), &info), 0);
        EXPECT_EQ(info.st_mode & 0777, 0600u);
        auto imported = runLeverage(QStringList{QStringLiteral("archive"), QStringLiteral("import"),
                                                archive, QStringLiteral("--out"), restored} +
                                    passphrase);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_EQ(WorkspaceBackup::caseCount(restored).value_or(-1), cases);
    }
}

TEST_F(ArchiveCliTest, ARefusalIsOneLineOnStderrAndWritesNothing)
{
    const QString archive = path(QStringLiteral("sealed.lvarc"));
    ASSERT_EQ(runLeverage({QStringLiteral("archive"), QStringLiteral("export"), m_workspace,
                           QStringLiteral("--out"), archive, QStringLiteral("--passphrase-file"),
                           m_passphrase})
                  .exitCode,
              0);
    QFile wrong(path(QStringLiteral("wrong.txt")));
    ASSERT_TRUE(wrong.open(QIODevice::WriteOnly));
    wrong.write("not the passphrase\n");
    wrong.close();
    const QString restored = path(QStringLiteral("restored.leverage"));
    auto refused = runLeverage({QStringLiteral("archive"), QStringLiteral("import"), archive,
                                QStringLiteral("--out"), restored,
                                QStringLiteral("--passphrase-file"), wrong.fileName()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, QStringLiteral("leverage: ") +
                               archivemessages::wrongPassphrase().message + QLatin1Char('\n'));
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(restored));

    auto overExisting = runLeverage({QStringLiteral("archive"), QStringLiteral("import"), archive,
                                     QStringLiteral("--out"), m_workspace,
                                     QStringLiteral("--passphrase-file"), m_passphrase});
    EXPECT_EQ(overExisting.exitCode, 1);
    EXPECT_EQ(overExisting.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(overExisting.err.contains(QStringLiteral("already exists")));

    auto usage = runLeverage({QStringLiteral("archive"), QStringLiteral("import"), archive});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_EQ(usage.err.count(QLatin1Char('\n')), 1);
}

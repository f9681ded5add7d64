// The portable archive: a round trip, plain and encrypted; every refusal says why and writes
// nothing; a flipped byte anywhere refuses; archives are private (0600).
#include "core/archive/WorkspaceArchive.h"
#include "core/archive/ArchiveCodec.h"
#include "core/archive/ArchiveManifest.h"
#include "core/archive/ArchiveMessages.h"
#include "core/store/CaseRepository.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");

struct RawEntry
{
    QString path;
    QByteArray data;
    unsigned type = AE_IFREG;
    QByteArray linkTarget = {};
};

// An archive made by hand through libarchive, as another program (or an attacker) would.
QByteArray handMade(const QList<RawEntry> &entries, bool zip = false)
{
    QByteArray out;
    archive *writer = archive_write_new();
    zip ? archive_write_set_format_zip(writer) : archive_write_set_format_pax_restricted(writer);
    archive_write_open(
        writer, &out, nullptr,
        [](archive *, void *client, const void *buffer, size_t length) -> la_ssize_t {
            static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer),
                                                      qsizetype(length));
            return la_ssize_t(length);
        },
        nullptr);
    for (const auto &item : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.path.toUtf8().constData());
        archive_entry_set_filetype(entry, item.type);
        archive_entry_set_perm(entry, 0644);
        if (!item.linkTarget.isEmpty())
            archive_entry_set_symlink(entry, item.linkTarget.constData());
        archive_entry_set_size(entry, item.type == AE_IFREG ? item.data.size() : 0);
        archive_write_header(writer, entry);
        if (item.type == AE_IFREG)
            archive_write_data(writer, item.data.constData(), size_t(item.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
}

int permissions(const QString &path)
{
    struct stat info
    {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    return int(info.st_mode & 0777);
}

class WorkspaceArchiveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const auto *title : {"Refund for the cancelled flight", "Deposit kept by landlord",
                                  "Broken washing machine"}) {
            Case c;
            c.title = QString::fromUtf8(title);
            ASSERT_TRUE(m_ws->cases().add(c));
        }
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int casesIn(const QString &file) { return WorkspaceBackup::caseCount(file).value_or(-1); }

    // Imports `bytes` as an archive and returns the refusal; checks that nothing was written.
    QString refusal(const QByteArray &bytes, const QByteArray &passphrase = {},
                    const WorkspaceArchive::Limits &limits = {})
    {
        const QString archive = path(QStringLiteral("in.leverage-archive"));
        QFile::remove(archive);
        writeFile(archive, bytes);
        const QString destination = path(QStringLiteral("refused.leverage"));
        auto status = WorkspaceArchive::importFrom(archive, destination, passphrase, limits);
        EXPECT_FALSE(status);
        EXPECT_FALSE(QFileInfo::exists(destination));
        EXPECT_FALSE(QFileInfo::exists(WorkspaceArchive::attachmentsFolder(destination)));
        return status.message();
    }

    QByteArray exported(const QByteArray &passphrase = {})
    {
        const QString archive = path(QStringLiteral("out.leverage-archive"));
        EXPECT_TRUE(WorkspaceArchive::exportTo(m_ws.path(), archive, passphrase));
        return readFile(archive);
    }

    TestWorkspace m_ws;
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(WorkspaceArchiveTest, PlainRoundTripRestoresEveryCaseIntoANewPrivateFile)
{
    const QString archive = path(QStringLiteral("case.leverage-archive"));
    auto written = WorkspaceArchive::exportTo(m_ws.path(), archive);
    ASSERT_TRUE(written) << written.message().toStdString();
    EXPECT_EQ(permissions(archive), 0600);
    EXPECT_FALSE(QFileInfo::exists(archive + QStringLiteral(".partial")));

    const QString restored = path(QStringLiteral("restored.leverage"));
    auto imported = WorkspaceArchive::importFrom(archive, restored);
    ASSERT_TRUE(imported) << imported.message().toStdString();
    EXPECT_EQ(casesIn(restored), 3);
    EXPECT_EQ(permissions(restored), 0600);
}

TEST_F(WorkspaceArchiveTest, AttachmentsTravelWithTheWorkspaceAndAreListedInTheManifest)
{
    const QDir attachments(WorkspaceArchive::attachmentsFolder(m_ws.path()));
    ASSERT_TRUE(attachments.mkpath(QStringLiteral("letters")));
    writeFile(attachments.filePath(QStringLiteral("letters/complaint.txt")), "Dear Sir");
    const QByteArray bytes = exported();
    auto files = WorkspaceArchive::read(bytes, {});
    ASSERT_TRUE(files) << files.message().toStdString();
    ASSERT_EQ(files->size(), 2);
    EXPECT_EQ(files->at(1).path, QStringLiteral("attachments/letters/complaint.txt"));

    const QString restored = path(QStringLiteral("restored.leverage"));
    ASSERT_TRUE(
        WorkspaceArchive::importFrom(path(QStringLiteral("out.leverage-archive")), restored));
    EXPECT_EQ(readFile(QDir(WorkspaceArchive::attachmentsFolder(restored))
                           .filePath(QStringLiteral("letters/complaint.txt"))),
              QByteArray("Dear Sir"));
}

TEST_F(WorkspaceArchiveTest, EncryptedRoundTripNeedsThePassphraseAndHidesTheContents)
{
    const QString archive = path(QStringLiteral("case.leverage-archive"));
    ASSERT_TRUE(WorkspaceArchive::exportTo(m_ws.path(), archive, kPassphrase));
    EXPECT_EQ(permissions(archive), 0600);
    const QByteArray bytes = readFile(archive);
    EXPECT_FALSE(bytes.contains("workspace.leverage"));
    EXPECT_FALSE(bytes.contains("SQLite format 3"));

    EXPECT_EQ(refusal(bytes), archivemessages::needsPassphrase().message);
    EXPECT_EQ(refusal(bytes, "wrong passphrase"),
              QStringLiteral("The passphrase is wrong, or the file was changed."));

    const QString restored = path(QStringLiteral("restored.leverage"));
    auto imported = WorkspaceArchive::importFrom(archive, restored, kPassphrase);
    ASSERT_TRUE(imported) << imported.message().toStdString();
    EXPECT_EQ(casesIn(restored), 3);
}

TEST_F(WorkspaceArchiveTest, NeverImportsOverAnExistingFile)
{
    const QString archive = path(QStringLiteral("case.leverage-archive"));
    ASSERT_TRUE(WorkspaceArchive::exportTo(m_ws.path(), archive));
    const QString existing = path(QStringLiteral("mine.leverage"));
    writeFile(existing, "mine");
    auto status = WorkspaceArchive::importFrom(archive, existing);
    EXPECT_EQ(status.message(), archivemessages::destinationExists(existing).message);
    EXPECT_EQ(readFile(existing), QByteArray("mine"));
}

TEST_F(WorkspaceArchiveTest, RefusesAForeignZipOrTar)
{
    const QByteArray workspace = readFile(m_ws.path());
    const QString notOurs = archivemessages::notOurs().message;
    EXPECT_EQ(refusal(handMade({{QStringLiteral("workspace.leverage"), workspace}}, true)),
              notOurs);
    EXPECT_EQ(refusal(handMade({{QStringLiteral("workspace.leverage"), workspace}})), notOurs);
    EXPECT_EQ(refusal(handMade({{ArchiveManifest::entryName(), "{\"format\":\"other\"}"}})),
              notOurs);
    EXPECT_EQ(refusal("just some text, not an archive at all"), notOurs);
    EXPECT_EQ(refusal({}), notOurs);
}

TEST_F(WorkspaceArchiveTest, RefusesUnsafeNamesLinksAndOversizedEntriesWithTheReason)
{
    const auto unsafeUp = refusal(handMade({{QStringLiteral("../escaped.leverage"), "x"}}));
    EXPECT_EQ(unsafeUp, archivemessages::unsafePath(QStringLiteral("../escaped.leverage")).message);
    EXPECT_TRUE(unsafeUp.contains(QStringLiteral("unsafe name")));
    EXPECT_FALSE(QFileInfo::exists(
        QFileInfo(m_dir.path()).dir().filePath(QStringLiteral("escaped.leverage"))));
    EXPECT_EQ(refusal(handMade({{QStringLiteral("attachments/../../x"), "x"}})),
              archivemessages::unsafePath(QStringLiteral("attachments/../../x")).message);
    EXPECT_EQ(refusal(handMade({{QStringLiteral("/tmp/absolute.leverage"), "x"}})),
              archivemessages::unsafePath(QStringLiteral("/tmp/absolute.leverage")).message);

    const auto link = refusal(
        handMade({{QStringLiteral("workspace.leverage"), {}, AE_IFLNK, "/home/someone/.ssh"}}));
    EXPECT_EQ(link, archivemessages::link(QStringLiteral("workspace.leverage")).message);
    EXPECT_TRUE(link.contains(QStringLiteral("link")));

    WorkspaceArchive::Limits small;
    small.maxEntryBytes = 4096;
    EXPECT_EQ(refusal(exported(), {}, small),
              archivemessages::oversized(ArchiveManifest::workspaceName(), 4096).message);
}

TEST_F(WorkspaceArchiveTest, RefusesATruncatedArchiveAndAChangedEntry)
{
    const QByteArray bytes = exported();
    EXPECT_EQ(refusal(bytes.left(bytes.size() / 2)), archivemessages::damaged().message);
    EXPECT_EQ(refusal(bytes.left(bytes.size() - 1)), archivemessages::damaged().message);

    // The same names and sizes, one byte of the workspace changed: its sum no longer matches.
    auto files = WorkspaceArchive::read(bytes, {});
    ASSERT_TRUE(files);
    ArchiveEntries changed = *files;
    const ArchiveEntry manifest = ArchiveManifest::describe(changed);
    changed[0].data[200] = char(changed[0].data[200] ^ 0x20);
    changed.prepend(manifest);
    EXPECT_EQ(refusal(*ArchiveCodec::write(changed)),
              archivemessages::checksum(ArchiveManifest::workspaceName()).message);

    // A file slipped in beside the listed ones.
    ArchiveEntries extra{manifest, files->first(), {QStringLiteral("attachments/x"), "x"}};
    EXPECT_EQ(refusal(*ArchiveCodec::write(extra)), archivemessages::damaged().message);
}

TEST_F(WorkspaceArchiveTest, AFlippedByteAnywhereInAPlainArchiveRefuses)
{
    const QByteArray bytes = exported();
    auto files = WorkspaceArchive::read(bytes, {});
    ASSERT_TRUE(files);
    // Every byte of the manifest's header and the workspace's header, every 37th of the end
    // (padding and end blocks: 13 or 14 in each 512-byte block; every fifth made this the
    // slowest core test), and a spread through the manifest and the workspace.
    const qsizetype manifestBlocks = (ArchiveManifest::describe(*files).data.size() + 511) / 512;
    const qsizetype workspaceHeader = 512 + 512 * manifestBlocks;
    ASSERT_EQ(bytes.mid(workspaceHeader, 18), ArchiveManifest::workspaceName().toUtf8());
    QList<qsizetype> positions;
    for (qsizetype at = 0; at < bytes.size(); ++at)
        if (at < 512 || (at >= workspaceHeader && at < workspaceHeader + 512) ||
            (at >= bytes.size() - 11264 && at % 37 == 0) || at % 211 == 0)
            positions << at;
    int accepted = 0;
    for (const auto at : positions) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x01);
        if (WorkspaceArchive::read(flipped, {}))
            ++accepted;
    }
    EXPECT_EQ(accepted, 0) << "of " << positions.size() << " flipped bytes";
}

TEST_F(WorkspaceArchiveTest, AFlippedByteAnywhereInAnEncryptedArchiveRefuses)
{
    const QByteArray bytes = exported(kPassphrase);
    // The version, the salt, the stream header, the first, a middle and the last chunk
    // (each try derives a key: Argon2id is slow on purpose).
    for (const qsizetype at : {qsizetype(8), qsizetype(12), qsizetype(30), qsizetype(60),
                               bytes.size() / 2, bytes.size() - 1}) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped[at] ^ 0x01);
        EXPECT_FALSE(WorkspaceArchive::read(flipped, kPassphrase)) << "byte " << at;
    }
    EXPECT_EQ(WorkspaceArchive::read(bytes + "x", kPassphrase).message(),
              archivemessages::wrongPassphrase().message);
    EXPECT_EQ(WorkspaceArchive::read(bytes.chopped(1), kPassphrase).message(),
              archivemessages::wrongPassphrase().message);
}

TEST(ArchiveFuzzSeedsTest, TheCommittedSeedsAreArchivesTheReaderAccepts)
{
    // Seeds the reader refuses would keep the fuzzer away from everything past the first check.
    const QDir seeds(qEnvironmentVariable("LEVERAGE_SOURCE_DIR") +
                     QStringLiteral("/tests/fuzz/corpus/archive_reader"));
    const auto names = seeds.entryList(QDir::Files);
    ASSERT_GE(names.size(), 2) << seeds.path().toStdString();
    for (const auto &name : names) {
        auto files = WorkspaceArchive::read(readFile(seeds.filePath(name)), {});
        EXPECT_TRUE(files) << name.toStdString() << ": " << files.message().toStdString();
    }
}

TEST_F(WorkspaceArchiveTest, SumsThatMatchAFileThatIsNoWorkspaceAreStillRefused)
{
    const ArchiveEntries files{{ArchiveManifest::workspaceName(), "not a database at all"}};
    ArchiveEntries entries{ArchiveManifest::describe(files)};
    entries += files;
    EXPECT_EQ(refusal(*ArchiveCodec::write(entries)), archivemessages::notOurs().message);
}

TEST_F(WorkspaceArchiveTest, AnEmptyOrForeignFileIsNotExported)
{
    const QString empty = path(QStringLiteral("empty.leverage"));
    writeFile(empty, {});
    const QString archive = path(QStringLiteral("empty.leverage-archive"));
    EXPECT_EQ(WorkspaceArchive::exportTo(empty, archive).message(),
              archivemessages::notAWorkspace(empty).message);
    EXPECT_FALSE(QFileInfo::exists(archive));
}

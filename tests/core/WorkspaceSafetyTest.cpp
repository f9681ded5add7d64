// One file, one identity, one writer; reading allowed wherever writing is not; files private.
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/DocumentFile.h"
#include "core/store/WorkspaceFile.h"
#include "core/util/Logging.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace leverage;
using leverage::testing::fileChecksum;
using leverage::testing::testNow;

namespace {

class WorkspaceSafetyTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    FixedClock clock{testNow()};
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    static Workspace::Options readOnly()
    {
        Workspace::Options options;
        options.access = Workspace::Access::ReadOnly;
        return options;
    }

    static void addCases(Workspace &workspace, int count)
    {
        for (int i = 0; i < count; ++i) {
            Case c;
            c.title = QStringLiteral("Case %1").arg(i);
            ASSERT_TRUE(workspace.cases().add(c));
        }
    }

    // A workspace with `cases` cases, closed.
    void makeWorkspace(const QString &file, int cases)
    {
        auto opened = Workspace::open(file, clock);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        addCases(**opened, cases);
    }

    // archive/case.leverage with `cases` cases, in a folder made read-only (until TearDown).
    QString workspaceInReadOnlyFolder(int cases)
    {
        QDir(dir.path()).mkpath(QStringLiteral("archive"));
        const auto file = path("archive/case.leverage");
        makeWorkspace(file, cases);
        EXPECT_TRUE(
            QFile::setPermissions(path("archive"), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        return file;
    }

    void TearDown() override
    {
        if (QFileInfo::exists(path("archive")))
            QFile::setPermissions(path("archive"), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }

    static int modeOf(const QString &file)
    {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(file).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 0777);
    }
};

} // namespace

TEST_F(WorkspaceSafetyTest, ASymlinkToAnOpenWorkspaceIsRefused)
{
    const auto real = path("real.leverage");
    auto first = Workspace::open(real, clock);
    ASSERT_TRUE(first);
    ASSERT_TRUE(QFile::link(real, path("alias.leverage")));
    auto second = Workspace::open(path("alias.leverage"), clock);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.code(), Error::Code::Locked);
    EXPECT_TRUE(second.message().contains(QStringLiteral("already open")));
    // Opened through the link when the window is gone, it is the same file with the same -wal.
    first->reset();
    auto viaLink = Workspace::open(path("alias.leverage"), clock);
    ASSERT_TRUE(viaLink) << viaLink.message().toStdString();
    EXPECT_EQ((*viaLink)->filePath(), QFileInfo(real).canonicalFilePath());
}

// An export written to any of these names would replace the workspace or what belongs to it.
TEST_F(WorkspaceSafetyTest, AnOutputNamingTheWorkspaceOrItsFilesIsPartOfIt)
{
    const auto real = path("real.leverage");
    makeWorkspace(real, 1);
    ASSERT_TRUE(QFile::link(real, path("alias.leverage")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    for (const QString &target :
         {real, path("sub/../real.leverage"), path("alias.leverage"), real + QStringLiteral("-wal"),
          real + QStringLiteral("-shm"), real + QStringLiteral("-journal"),
          real + QStringLiteral(".lock")}) {
        EXPECT_TRUE(WorkspaceFile::isPartOf(real, target)) << target.toStdString();
        EXPECT_TRUE(WorkspaceFile::isPartOf(path("alias.leverage"), target))
            << target.toStdString();
    }
    // SQLite's files are beside the real file, not beside a link to it (WorkspaceFile resolves).
    for (const QString &target :
         {path("real.leverage.vcf"), path("real.ics"), path("sub/real.leverage"),
          path("missing/real.leverage"), path("alias.leverage-wal")})
        EXPECT_FALSE(WorkspaceFile::isPartOf(real, target)) << target.toStdString();
    // A team workspace has no file beside it.
    EXPECT_FALSE(WorkspaceFile::isPartOf(QStringLiteral("postgresql://me@localhost/cases"),
                                         QStringLiteral("cases")));
}

// A document is never saved over a workspace, this one or any other, open or closed: a save
// dialog's "Replace?" on the workspace's own name would otherwise destroy every case in it.
TEST_F(WorkspaceSafetyTest, ADocumentIsNeverSavedOverAWorkspaceOrTheFilesBesideIt)
{
    const auto real = path("real.leverage");
    auto open = Workspace::open(real, clock); // open: its -wal, -shm and lock are there
    ASSERT_TRUE(open) << open.message().toStdString();
    addCases(**open, 2);
    const auto closed = path("closed.leverage");
    makeWorkspace(closed, 1);
    ASSERT_TRUE(QFile::link(real, path("alias.pdf")));
    const QByteArray before = fileChecksum(closed);
    for (const QString &target :
         {real, path("alias.pdf"), real + QStringLiteral("-wal"), real + QStringLiteral("-shm"),
          real + QStringLiteral(".lock"), real + QStringLiteral("-journal"), closed}) {
        const Status saved = DocumentFile::save(target, QByteArrayLiteral("%PDF-1.4"),
                                                [](const QString &reason) { return reason; });
        ASSERT_FALSE(saved) << target.toStdString();
        EXPECT_EQ(saved.code(), Error::Code::Invalid);
        EXPECT_TRUE(saved.message().contains(QStringLiteral("Nothing was saved")))
            << saved.message().toStdString();
    }
    // Both workspaces are whole: the open one takes writes, the closed one is byte for byte.
    addCases(**open, 1);
    EXPECT_EQ(*(*open)->cases().count({}), 3);
    EXPECT_EQ(fileChecksum(closed), before);

    // Any other name is written whole; a file that is not a workspace is replaced.
    const auto pdf = path("dossier.pdf");
    ASSERT_TRUE(DocumentFile::save(pdf, QByteArrayLiteral("first"), {}));
    ASSERT_TRUE(DocumentFile::save(pdf, QByteArrayLiteral("second"), {}));
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), QByteArrayLiteral("second"));
    // A folder that is not there is the system's reason, in the caller's words.
    const Status missing =
        DocumentFile::save(path("missing/dossier.pdf"), "x", [](const QString &reason) {
            return QStringLiteral("Not saved: ") + reason;
        });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.code(), Error::Code::Io);
    EXPECT_TRUE(missing.message().startsWith(QStringLiteral("Not saved: ")));
}

TEST_F(WorkspaceSafetyTest, AHardLinkIsRefusedWhetherOrNotTheWorkspaceIsOpen)
{
    const auto real = path("real.leverage");
    const auto other = path("second-name.leverage");
    makeWorkspace(real, 1);
    ASSERT_EQ(::link(QFile::encodeName(real).constData(), QFile::encodeName(other).constData()), 0);
    const auto before = fileChecksum(real);
    for (const auto *name : {"second-name.leverage", "real.leverage"}) {
        auto opened = Workspace::open(path(name), clock);
        ASSERT_FALSE(opened) << name;
        EXPECT_EQ(opened.code(), Error::Code::Conflict);
        EXPECT_TRUE(opened.message().contains(QStringLiteral("hard link")));
    }
    EXPECT_FALSE(QFile::exists(other + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(other + QStringLiteral("-shm")));
    EXPECT_EQ(fileChecksum(real), before);
}

// The data loss the lock keyed on the path allowed: a crash leaves committed transactions in
// NAME-wal; opened through a second name, SQLite would not see them, and a later replay of
// the old -wal would overwrite what was written meanwhile.
TEST_F(WorkspaceSafetyTest, AStaleWalCannotBeBypassedThroughAHardLink)
{
    const auto live = path("live.leverage");
    QDir(dir.path()).mkpath(QStringLiteral("crashed"));
    const auto crashed = path("crashed/case.leverage");
    {
        auto opened = Workspace::open(live, clock);
        ASSERT_TRUE(opened);
        addCases(**opened, 5);
        // The state a crash leaves: the database and a -wal holding the five commits.
        ASSERT_GT(QFileInfo(live + QStringLiteral("-wal")).size(), 0);
        ASSERT_TRUE(QFile::copy(live, crashed));
        ASSERT_TRUE(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    const auto link = path("crashed/other-name.leverage");
    ASSERT_EQ(::link(QFile::encodeName(crashed).constData(), QFile::encodeName(link).constData()),
              0);
    const auto databaseBefore = fileChecksum(crashed);
    const auto walBefore = fileChecksum(crashed + QStringLiteral("-wal"));

    auto write = Workspace::open(link, clock);
    ASSERT_FALSE(write);
    auto read = Workspace::open(link, clock, readOnly());
    ASSERT_FALSE(read);
    EXPECT_FALSE(QFile::exists(link + QStringLiteral("-wal")));
    EXPECT_EQ(fileChecksum(crashed), databaseBefore);
    EXPECT_EQ(fileChecksum(crashed + QStringLiteral("-wal")), walBefore);

    // Once the file has one name again, its own -wal is replayed: all five are there.
    ASSERT_TRUE(QFile::remove(link));
    auto reopened = Workspace::open(crashed, clock);
    ASSERT_TRUE(reopened) << reopened.message().toStdString();
    EXPECT_EQ(*(*reopened)->cases().count({}), 5);
}

TEST_F(WorkspaceSafetyTest, AnEmptyFileIsNeverMadeAWorkspace)
{
    const auto file = path("empty.leverage");
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    for (const auto &options : {Workspace::Options{}, readOnly()}) {
        auto opened = Workspace::open(file, clock, options);
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.code(), Error::Code::NotAWorkspace);
        EXPECT_EQ(opened.message(),
                  QStringLiteral("\"empty.leverage\" is empty (0 bytes): it may be a failed copy "
                                 "or a sync placeholder; Leverage left it as it is."));
    }
    EXPECT_EQ(QFileInfo(file).size(), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("empty.leverage")});
}

TEST_F(WorkspaceSafetyTest, AMissingFileIsCreatedOnlyForWriting)
{
    auto read = Workspace::open(path("absent.leverage"), clock, readOnly());
    ASSERT_FALSE(read);
    EXPECT_EQ(read.code(), Error::Code::NotFound);
    EXPECT_FALSE(QFile::exists(path("absent.leverage")));
    auto write = Workspace::open(path("absent.leverage"), clock);
    EXPECT_TRUE(write) << write.message().toStdString();
}

TEST_F(WorkspaceSafetyTest, AReadOnlyFileIsReadAndLeftExactlyAsItWas)
{
    const auto file = path("archived.leverage");
    makeWorkspace(file, 3);
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    const auto before = fileChecksum(file);
    {
        auto opened = Workspace::open(file, clock, readOnly());
        ASSERT_TRUE(opened) << opened.message().toStdString();
        EXPECT_TRUE((*opened)->isReadOnly());
        EXPECT_EQ(*(*opened)->cases().count({}), 3);
        Case c;
        c.title = QStringLiteral("must not be written");
        EXPECT_FALSE((*opened)->cases().add(c));
    }
    EXPECT_EQ(fileChecksum(file), before);
    // No -wal or -shm left behind: read-only ones would stop the next writer.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("archived.leverage")});
}

TEST_F(WorkspaceSafetyTest, AWorkspaceInAReadOnlyFolderIsReadAndLeftAsItWas)
{
    const auto folder = path("archive");
    const auto file = workspaceInReadOnlyFolder(2);
    const auto before = fileChecksum(file);
    {
        auto opened = Workspace::open(file, clock, readOnly());
        ASSERT_TRUE(opened) << opened.message().toStdString();
        EXPECT_EQ(*(*opened)->cases().count({}), 2);
    }
    EXPECT_EQ(fileChecksum(file), before);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("case.leverage")});
}

TEST_F(WorkspaceSafetyTest, WritingInAReadOnlyFolderSaysWhyNotThatItIsOpenElsewhere)
{
    auto opened = Workspace::open(workspaceInReadOnlyFolder(1), clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.code(), Error::Code::ReadOnly);
    EXPECT_TRUE(opened.message().contains(QStringLiteral("read-only folder")))
        << opened.message().toStdString();
    EXPECT_FALSE(opened.message().contains(QStringLiteral("another Leverage window")));
}

TEST_F(WorkspaceSafetyTest, AReaderWorksBesideTheWindowThatHoldsTheWorkspace)
{
    const auto file = path("busy.leverage");
    auto writer = Workspace::open(file, clock);
    ASSERT_TRUE(writer);
    addCases(**writer, 2);
    auto reader = Workspace::open(file, clock, readOnly());
    ASSERT_TRUE(reader) << reader.message().toStdString();
    EXPECT_EQ(*(*reader)->cases().count({}), 2);
    addCases(**writer, 1); // the window keeps writing; the reader sees each commit
    EXPECT_EQ(*(*reader)->cases().count({}), 3);
}

TEST_F(WorkspaceSafetyTest, WorkspaceFilesAndTheLogArePrivateUnderAPermissiveUmask)
{
    const mode_t previous = ::umask(022);
    const auto file = path("private.leverage");
    {
        auto opened = Workspace::open(file, clock);
        ASSERT_TRUE(opened);
        addCases(**opened, 1);
        for (const auto *suffix : {"", "-wal", "-shm", ".lock"})
            EXPECT_EQ(modeOf(file + QLatin1String(suffix)), 0600) << suffix;
    }
    EXPECT_EQ(modeOf(file), 0600);

    const auto logs = path("data/logs");
    logging::setUp(logs, false);
    logging::get("store")->warn("a line");
    logging::setUp({}, false); // closes the file
    EXPECT_EQ(modeOf(logs), 0700);
    EXPECT_EQ(modeOf(logs + QStringLiteral("/leverage.log")), 0600);
    ::umask(previous);
}

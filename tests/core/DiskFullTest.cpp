// The disk fills up in the middle of a write: every kind of write rolls back whole, says the
// disk is full and what to do, leaves the file sound, and succeeds once space returns.
// Two ways to fill it: SQLite's max_page_count (SQLITE_FULL, on any machine, in
// core_store_tests) and a real file system with no space left (ENOSPC from the kernel, on a
// small tmpfs that tests/safety/on-a-small-disk.sh mounts for small_disk_tests).
#include "core/calls/CallSession.h"
#include "core/contacts/ContactImporter.h"
#ifdef LEVERAGE_ON_A_SMALL_DISK
#include "core/evidence/EvidenceService.h"
#endif
#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <fcntl.h>
#include <functional>
#include <gtest/gtest.h>
#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

// Far more than the pages a workspace has spare: the write needs new pages.
QString big(const QString &what)
{
    return what + QString(300'000, QLatin1Char('x'));
}

qint64 pragma(Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + name));
    return query.next() ? query.value(0).toLongLong() : -1;
}

// Everything a reader could see: the rows of each table that a write touches.
QList<qint64> rowCounts(Workspace &workspace)
{
    QList<qint64> counts;
    for (const char *table : {"cases", "timeline_entries", "contacts", "organizations",
                              "call_drafts", "entry_participants"}) {
        QSqlQuery query(workspace.database());
        EXPECT_TRUE(
            query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        counts << (query.next() ? query.value(0).toLongLong() : -1);
    }
    return counts;
}

enum class FullDisk
{
    PageLimit,      // SQLite refuses to grow the file past its pages
    SmallFileSystem // the file system itself has no byte left
};

// Writes a file until the file system has no byte left; removing it frees the space again.
class SpaceFiller
{
public:
    explicit SpaceFiller(const QString &folder)
        : m_path(QDir(folder).filePath(QStringLiteral("filler")))
    {
    }
    ~SpaceFiller() { release(); }

    void fill()
    {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ASSERT_GE(m_fd, 0);
        const QByteArray chunk(1 << 16, 'f');
        for (qsizetype size = chunk.size(); size > 0; size /= 4)
            while (::write(m_fd, chunk.constData(), size_t(size)) == ssize_t(size)) {
            }
        ASSERT_EQ(::write(m_fd, "f", 1), -1) << "the file system still has space";
        EXPECT_EQ(errno, ENOSPC);
    }
    void release()
    {
        if (m_fd < 0)
            return;
        ::close(m_fd);
        ::unlink(QFile::encodeName(m_path).constData());
        m_fd = -1;
    }

private:
    QString m_path;
    int m_fd = -1;
};

class DiskFullTest : public ::testing::TestWithParam<FullDisk>
{
protected:
    void SetUp() override
    {
        if (GetParam() == FullDisk::SmallFileSystem) {
            struct statfs info = {};
            ASSERT_EQ(::statfs(QFile::encodeName(ws.directory()).constData(), &info), 0);
            ASSERT_EQ(info.f_type, TMPFS_MAGIC)
                << "the workspace is not on a small tmpfs: run this suite through "
                   "tests/safety/on-a-small-disk.sh (ctest does)";
        }
        Case c;
        c.title = QStringLiteral("A case to write to");
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        ASSERT_TRUE(ws->cases().add(c));
        m_caseId = c.meta.id;
    }

    // Fills the disk, runs `write`, which must fail as "disk full" and change nothing; then
    // frees the space and runs it again, which must succeed.
    void expectFullThenFine(const std::function<Status()> &write,
                            std::function<QString()> snapshot = {})
    {
        if (!snapshot)
            snapshot = [this] {
                QStringList counts;
                for (qint64 count : rowCounts(*ws))
                    counts << QString::number(count);
                return counts.join(QLatin1Char(','));
            };
        const auto before = snapshot();
        fill();
        const Status full = write();
        ASSERT_FALSE(full) << "the write fitted: the test did not fill the disk";
        EXPECT_TRUE(full.message().contains(QStringLiteral("disk is full")))
            << full.message().toStdString();
        EXPECT_TRUE(full.message().contains(QStringLiteral("Free some space")))
            << full.message().toStdString();
        EXPECT_EQ(snapshot(), before) << "half-written";
        {
            // Scoped: a query left open holds a read snapshot, and the attachment's own
            // connection could not write after it.
            QSqlQuery check(ws->database());
            ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        }

        release(); // space is back
        const Status fine = write();
        EXPECT_TRUE(fine) << fine.message().toStdString();
        EXPECT_NE(snapshot(), before);
    }

    void fill()
    {
        if (GetParam() == FullDisk::SmallFileSystem)
            return m_filler.fill();
        const qint64 pages = pragma(*ws, QStringLiteral("page_count"));
        pragma(*ws, QStringLiteral("max_page_count = %1").arg(pages));
    }
    void release()
    {
        if (GetParam() == FullDisk::SmallFileSystem)
            return m_filler.release();
        pragma(*ws, QStringLiteral("max_page_count = 1073741823"));
    }

    TestWorkspace ws;
    SpaceFiller m_filler{ws.directory()};
    RowId m_caseId = 0;
};

} // namespace

#ifdef LEVERAGE_ON_A_SMALL_DISK
// Only a real full disk: the file's content is written over a connection of its own, which
// the page limit of the test's connection does not bind.
TEST_P(DiskFullTest, AnAttachment)
{
    QFile file(QDir(ws.directory()).filePath(QStringLiteral("scan.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 3000; ++i) // 3 MB that do not compress or repeat
        file.write(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha512)
                       .repeated(16));
    file.close();
    expectFullThenFine(
        [&]() -> Status {
            auto attached = EvidenceService::attachFile(*ws, m_caseId, 0, file.fileName());
            return attached ? Status() : attached.status();
        },
        [&] {
            QSqlQuery query(ws->database());
            query.exec(QStringLiteral("SELECT (SELECT count(*) FROM attachments) || ',' || "
                                      "(SELECT count(*) FROM blobs) || ',' || "
                                      "(SELECT count(*) FROM blob_chunks)"));
            return query.next() ? query.value(0).toString() : QStringLiteral("?");
        });
}

INSTANTIATE_TEST_SUITE_P(SmallFileSystem, DiskFullTest,
                         ::testing::Values(FullDisk::SmallFileSystem));
#else
INSTANTIATE_TEST_SUITE_P(PageLimit, DiskFullTest, ::testing::Values(FullDisk::PageLimit));
#endif

TEST_P(DiskFullTest, ACase)
{
    expectFullThenFine([&] {
        Case c;
        c.title = QStringLiteral("New");
        c.desiredOutcome = big(QStringLiteral("refund"));
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        return ws->cases().add(c);
    });
}

TEST_P(DiskFullTest, AnEntry)
{
    expectFullThenFine([&] {
        TimelineEntry e;
        e.caseId = m_caseId;
        e.occurredAt = Instant::fromDateTime(ws.clock().now());
        e.summary = QStringLiteral("Called");
        e.notes = big(QStringLiteral("notes"));
        return ws->timeline().add(e);
    });
}

TEST_P(DiskFullTest, AContact)
{
    expectFullThenFine([&] {
        Contact c;
        c.name = QStringLiteral("Someone");
        c.notes = big(QStringLiteral("notes"));
        return ws->contacts().add(c);
    });
}

TEST_P(DiskFullTest, AnImport)
{
    QByteArray cards;
    for (int i = 0; i < 400; ++i)
        cards +=
            QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %1\r\nNOTE:%2\r\nEND:VCARD\r\n")
                .arg(i)
                .arg(QString(2000, QLatin1Char('n')))
                .toUtf8();
    expectFullThenFine([&]() -> Status {
        ContactImporter importer(*ws);
        auto preview = importer.preview(cards);
        if (!preview)
            return preview.status();
        auto report = importer.apply(*preview, ContactImporter::Duplicates::Merge);
        return report ? Status() : report.status();
    });
}

TEST_P(DiskFullTest, ACallDraft)
{
    CallSession session(*ws);
    auto started = session.start(m_caseId);
    ASSERT_TRUE(started);
    CallState state = *started;
    state.notes = QStringLiteral("[00:00] saved before the disk filled");
    ASSERT_TRUE(session.save(state));
    expectFullThenFine(
        [&] {
            state.notes = big(QStringLiteral("[00:00] typed during the call"));
            return session.save(state);
        },
        [&] {
            auto drafts = session.drafts();
            return drafts && drafts->size() == 1 ? drafts->first().notes : QStringLiteral("?");
        });
}

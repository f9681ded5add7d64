// The disk fills up in the middle of a write (SQLite's max_page_count stands in for a full
// disk: SQLITE_FULL, as on a full file system): every kind of write rolls back whole, says the
// disk is full and what to do, leaves the file sound, and succeeds once space returns.
#include "core/calls/CallSession.h"
#include "core/contacts/ContactImporter.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <functional>
#include <gtest/gtest.h>

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

class DiskFullTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
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
        const qint64 pages = pragma(*ws, QStringLiteral("page_count"));
        pragma(*ws, QStringLiteral("max_page_count = %1").arg(pages));
        const Status full = write();
        ASSERT_FALSE(full) << "the write fitted: the test did not fill the disk";
        EXPECT_TRUE(full.message().contains(QStringLiteral("disk is full")))
            << full.message().toStdString();
        EXPECT_TRUE(full.message().contains(QStringLiteral("Free some space")))
            << full.message().toStdString();
        EXPECT_EQ(snapshot(), before) << "half-written";
        QSqlQuery check(ws->database());
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));

        pragma(*ws, QStringLiteral("max_page_count = 1073741823")); // space is back
        const Status fine = write();
        EXPECT_TRUE(fine) << fine.message().toStdString();
        EXPECT_NE(snapshot(), before);
    }

    TestWorkspace ws;
    RowId m_caseId = 0;
};

} // namespace

TEST_F(DiskFullTest, ACase)
{
    expectFullThenFine([&] {
        Case c;
        c.title = QStringLiteral("New");
        c.desiredOutcome = big(QStringLiteral("refund"));
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        return ws->cases().add(c);
    });
}

TEST_F(DiskFullTest, AnEntry)
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

TEST_F(DiskFullTest, AContact)
{
    expectFullThenFine([&] {
        Contact c;
        c.name = QStringLiteral("Someone");
        c.notes = big(QStringLiteral("notes"));
        return ws->contacts().add(c);
    });
}

TEST_F(DiskFullTest, AnImport)
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

TEST_F(DiskFullTest, ACallDraft)
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

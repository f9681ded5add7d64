// The hash chain's verification builds each row's canonical text itself (SealedRowScan,
// SqliteQuote) where SQL used to: it must be, byte for byte, the text SQL writes when a row is
// sealed, or every row would read as changed.
#include "core/store/SealedRowScan.h"
#include "core/store/LastSeals.h"
#include "core/store/SealChain.h"
#include "core/store/SealVerifier.h"
#include "core/store/SqliteHandle.h"
#include "core/store/SqliteQuote.h"
#include "tests/evidence/EvidenceFixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace leverage;
using leverage::testing::EvidenceFixture;

namespace {

// Texts that quoting could get wrong: quotes, control characters, a NUL byte, other scripts.
const char *const kAwkward[] = {"it's", "''",   "\n\r\t", "\x1b[31m", "Müller", "株式会社",
                                "😀",    "NULL", "%q%Q",   "\\'",      "a\0b"};

QByteArray awkwardText(QRandomGenerator &random)
{
    QByteArray text;
    const int parts = int(random.bounded(4u));
    for (int i = 0; i < parts; ++i) {
        const char *part = kAwkward[random.bounded(quint32(std::size(kAwkward)))];
        // "a\0b" has its NUL inside: three bytes.
        text.append(part, qstrcmp(part, "a") == 0 ? 3 : qsizetype(qstrlen(part)));
    }
    return text;
}

class SealedRowScanTest : public EvidenceFixture
{
protected:
    sqlite3 *handle() { return sqliteHandle(ws->database(), ws->dialect()); }
};

TEST_F(SealedRowScanTest, QuotesEveryKindOfValueAsSqlitesQuoteDoes)
{
    sqlite3 *db = handle();
    ASSERT_NE(db, nullptr);
    SqliteQuote quote(db);
    ASSERT_TRUE(quote.usable());
    sqlite3_stmt *select = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT ?1, quote(?1)", -1, &select, nullptr), SQLITE_OK);
    QRandomGenerator random(17);
    const qint64 integers[] = {0, -1, 1, 9223372036854775807LL, -9223372036854775807LL - 1};
    const double reals[] = {0.5, -0.0, 1e300, 3.141592653589793, 0.1, 100.0, -2.5e-7};
    int kinds[5] = {};
    for (int i = 0; i < 2000; ++i) {
        const int kind = int(random.bounded(5u));
        ++kinds[kind];
        QByteArray text;
        switch (kind) {
        case 0:
            sqlite3_bind_null(select, 1);
            break;
        case 1:
            sqlite3_bind_int64(select, 1,
                               i < 5 ? integers[i] : qint64(random.generate64()) >> (i % 60));
            break;
        case 2:
            sqlite3_bind_double(select, 1, reals[i % std::size(reals)] * (1 + i % 3));
            break;
        case 3:
            text = awkwardText(random);
            sqlite3_bind_text(select, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        default:
            text = awkwardText(random);
            sqlite3_bind_blob(select, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        ASSERT_EQ(sqlite3_step(select), SQLITE_ROW);
        QByteArray ours("|");
        ASSERT_TRUE(quote.append(ours, select, 0));
        const QByteArray theirs =
            "|" + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(select, 1)),
                             sqlite3_column_bytes(select, 1));
        EXPECT_EQ(ours, theirs) << "value " << i << " of kind " << kind;
        sqlite3_reset(select);
    }
    sqlite3_finalize(select);
    for (const int count : kinds)
        EXPECT_GT(count, 300);
}

TEST_F(SealedRowScanTest, GivesEachRowTheTextSqlWritesWhenItIsSealed)
{
    QRandomGenerator random(21);
    for (int i = 0; i < 200; ++i) {
        TimelineEntry e;
        e.caseId = caseId;
        e.channel = Channel::Email;
        e.occurredAt = Instant::fromDateTime(leverage::testing::testNow().addSecs(-i * 3600));
        e.summary = QString::fromUtf8(awkwardText(random));
        e.notes = QString::fromUtf8(awkwardText(random));
        e.personName = QString::fromUtf8(awkwardText(random));
        ASSERT_TRUE(ws->timeline().add(e).isOk());
    }
    // Values only SQL writes: a real in an integer column, a blob, a NUL inside text.
    QSqlQuery edit(ws->database());
    ASSERT_TRUE(edit.exec(QStringLiteral("UPDATE timeline_entries SET duration_seconds = 1.25, "
                                         "notes = CAST('a''b' AS BLOB), reference_number = "
                                         "'x' || char(0) || 'y' WHERE id % 7 = 0")));

    const QString table = QStringLiteral("timeline_entries");
    QSqlQuery sql(ws->database());
    ASSERT_TRUE(sql.exec(ws->seals().contentSelect(table) + QStringLiteral(" ORDER BY id")));
    SealedRowScan scan(*ws, table);
    ASSERT_TRUE(scan.start().isOk());
    int rows = 0;
    while (sql.next()) {
        ASSERT_TRUE(scan.next());
        ++rows;
        EXPECT_EQ(scan.id(), sql.value(0).toLongLong());
        EXPECT_EQ(scan.caseId(), sql.value(1).toLongLong());
        EXPECT_EQ(scan.content().toByteArray(), sql.value(3).toString().toUtf8())
            << "row " << scan.id();
        EXPECT_EQ(scan.links().toByteArray(), sql.value(4).toString().toUtf8());
    }
    EXPECT_FALSE(scan.next());
    EXPECT_TRUE(scan.finish().isOk());
    EXPECT_EQ(rows, 201);
}

TEST_F(SealedRowScanTest, RowsWithAwkwardTextVerifyIntactAndAnEditBehindTheBackIsNamed)
{
    QRandomGenerator random(5);
    for (int i = 0; i < 50; ++i) {
        auto entry = ws->timeline().get(entryId);
        ASSERT_TRUE(entry.isOk());
        entry->notes = QString::fromUtf8(awkwardText(random));
        ASSERT_TRUE(ws->timeline().update(*entry).isOk());
    }
    auto report = SealVerifier::verify(*ws);
    ASSERT_TRUE(report.isOk());
    EXPECT_TRUE(report->intact()) << report->findings.value(0).sentence.toStdString();
    EXPECT_EQ(report->sealsChecked, 51);

    QSqlQuery edit(ws->database());
    ASSERT_TRUE(
        edit.exec(QStringLiteral("UPDATE timeline_entries SET notes = notes || ' ' WHERE id = %1")
                      .arg(entryId)));
    report = SealVerifier::verify(*ws);
    ASSERT_TRUE(report.isOk());
    ASSERT_EQ(report->findings.size(), 1);
    EXPECT_EQ(report->findings.first().kind, SealVerifier::Finding::Kind::RowChanged);
    EXPECT_EQ(report->findings.first().rowId, entryId);
}

TEST(LastSealsTest, FindsDenseAndFarApartRowIdsAndListsTheUnmatchedInOrder)
{
    LastSeals seals;
    const RowId far = 1'000'000'000'000;
    for (const RowId id : {RowId(3), RowId(1), far, RowId(2)})
        seals.sealed(id).sealId = id * 10;
    seals.sealed(2).sealId = 99; // a later seal of row 2
    EXPECT_EQ(seals.find(0), nullptr);
    EXPECT_EQ(seals.find(4), nullptr);
    EXPECT_EQ(seals.find(far + 1), nullptr);
    ASSERT_NE(seals.find(far), nullptr);
    EXPECT_EQ(seals.find(far)->sealId, far * 10);
    ASSERT_NE(seals.find(2), nullptr);
    EXPECT_EQ(seals.find(2)->sealId, 99);
    seals.find(3)->matched = true;
    QList<RowId> unmatched;
    seals.forEachUnmatched([&](RowId id, const LastSeals::Seal &) { unmatched << id; });
    EXPECT_EQ(unmatched, (QList<RowId>{1, 2, far}));
}

} // namespace

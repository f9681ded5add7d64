// The filtered searches' query plans (issue 20) against a full scan on a fixed corpus larger
// than the ranking window: a search of filters alone walks the filters' index (tag, time)
// and a ranked search with filters ranks in the same walk that applies them; both must give
// what a plain scan of every row gives — the entries' own channel and time, bm25 of every
// match — cut to the window and the page as the search promises.
#include "core/search/QueryParser.h"
#include "core/store/CaseRepository.h"
#include "core/store/SearchIndex.h"
#include "core/store/SearchSqlBuilder.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::search::QueryParser;

namespace {

constexpr int kEntries = 6000;
constexpr int kPage = 50;

struct Row
{
    qint64 rowid = 0;
    qint64 atMs = 0;
    double rank = 0;

    bool operator==(const Row &other) const
    {
        return rowid == other.rowid && atMs == other.atMs && rank == other.rank;
    }
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << "{" << row.rowid << ", " << row.atMs << ", " << row.rank << "}";
}

class SearchPlansTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Dishwasher");
        ASSERT_TRUE(ws->cases().add(c));
        // Ids and times uncorrelated (times a permutation of the ids, each minute distinct),
        // three entries in four calls, the word once to three times and notes of varied
        // length (bm25 differs), an eighth without it: over 2,000 calls since February
        // hold it, so the window cuts.
        QList<TimelineEntry> entries;
        for (int i = 0; i < kEntries; ++i) {
            TimelineEntry e;
            e.caseId = c.meta.id;
            e.channel = i % 4 == 0 ? Channel::Email : Channel::Call;
            e.occurredAt =
                Instant::fromUtcMs(kStartMs + qint64((i * 7919) % kEntries) * 30 * 60'000, -18000);
            const int times = i % 8 == 0 ? 0 : 1 + i % 3;
            QStringList words;
            for (int t = 0; t < times; ++t)
                words << QStringLiteral("refund");
            words << QStringLiteral("asked");
            e.summary = words.join(QLatin1Char(' '));
            e.notes = QStringLiteral("waited on hold ").repeated(i % 7);
            entries << e;
        }
        ASSERT_TRUE(ws->timeline().addMany(entries));
    }

    // What SearchIndex answers, as rows.
    QList<Row> searched(const QString &text)
    {
        const auto parsed = QueryParser::parse(text);
        EXPECT_TRUE(parsed) << text.toStdString();
        SearchIndex index(*ws);
        const auto hits = index.search(parsed.query, kPage);
        EXPECT_TRUE(hits) << hits.message().toStdString();
        QList<Row> rows;
        for (const auto &hit : *hits)
            rows << Row{hit.id * 8 + int(hit.kind), hit.atMs, hit.rank};
        return rows;
    }

    // A full scan: every entry of the channel on or after the day, read from the entries
    // themselves; ranked by bm25 of every row that matches (none: newest first), among the
    // newest kRankedWindow by id, then the first page.
    QList<Row> scanned(const QString &match, const QDate &after)
    {
        QHash<qint64, double> ranks;
        QSqlQuery q(ws->database());
        if (!match.isEmpty()) {
            q.prepare(QStringLiteral("SELECT rowid, bm25(search_text, 10.0, 2.0, 5.0, 5.0) FROM "
                                     "search_text WHERE search_text MATCH :match"));
            q.bindValue(QStringLiteral(":match"), match);
            EXPECT_TRUE(q.exec());
            while (q.next())
                ranks.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        }
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id, occurred_at FROM timeline_entries WHERE "
                                          "channel = 'call'")));
        const qint64 bound = after.startOfDay().toMSecsSinceEpoch();
        QList<Row> rows;
        while (q.next()) {
            const Row row{q.value(0).toLongLong() * 8 + 2, q.value(1).toLongLong(), 0};
            if (row.atMs < bound || (!match.isEmpty() && !ranks.contains(row.rowid)))
                continue;
            rows << Row{row.rowid, row.atMs, ranks.value(row.rowid)};
        }
        if (!match.isEmpty()) {
            std::sort(rows.begin(), rows.end(),
                      [](const Row &a, const Row &b) { return a.rowid > b.rowid; });
            rows = rows.mid(0, SearchSqlBuilder::kRankedWindow);
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.atMs > b.atMs;
        });
        return rows.mid(0, kPage);
    }

    // The query plan of a search's statement, one line per step.
    QString plan(const QString &text)
    {
        const auto built = SearchSqlBuilder::results(QueryParser::parse(text).query, kPage);
        QSqlQuery q(ws->database());
        EXPECT_TRUE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + built.sql));
        for (auto it = built.values.cbegin(); it != built.values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        EXPECT_TRUE(q.exec());
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QLatin1Char('\n'));
    }

    static constexpr qint64 kStartMs = 1767225600000; // 2026-01-01 00:00 UTC
    leverage::testing::TestWorkspace ws{leverage::testing::Engine::Sqlite};
};

TEST_F(SearchPlansTest, FiltersAloneGiveTheNewestRowsAFullScanGives)
{
    const QDate february(2026, 2, 1);
    const auto expected = scanned({}, february);
    ASSERT_EQ(expected.size(), kPage);
    EXPECT_EQ(searched(QStringLiteral("channel:call after:2026-02-01")), expected);
    EXPECT_EQ(searched(QStringLiteral("channel:call")), scanned({}, QDate(2025, 1, 1)));
}

TEST_F(SearchPlansTest, WordsWithFiltersRankWhatAFullScanRanks)
{
    const QDate february(2026, 2, 1);
    for (const auto &[text, match] :
         {std::pair{QStringLiteral("refund channel:call after:2026-02-01"),
                    QStringLiteral("\"refund\"")},
          std::pair{QStringLiteral("refu* channel:call after:2026-02-01"),
                    QStringLiteral("\"refu\" *")},
          std::pair{QStringLiteral("\"refund asked\" channel:call after:2026-02-01"),
                    QStringLiteral("\"refund asked\"")}}) {
        const auto expected = scanned(match, february);
        ASSERT_EQ(expected.size(), kPage) << text.toStdString();
        EXPECT_EQ(searched(text), expected) << text.toStdString();
    }
}

// The filters alone walk the index on (tag, time) in time order, with no sort of every row
// that passes; a ranked search walks the words' rows once, and the page's rows again for
// their snippets.
TEST_F(SearchPlansTest, FiltersAloneWalkTheFiltersIndexAndWordsWalkTheTextOncePerPass)
{
    const auto filters = plan(QStringLiteral("channel:call after:2026-02-01"));
    EXPECT_TRUE(filters.contains(QStringLiteral("USING COVERING INDEX search_facets_by_tag")))
        << filters.toStdString();
    EXPECT_FALSE(filters.contains(QStringLiteral("SCAN search_facets"))) << filters.toStdString();
    const auto ranked = plan(QStringLiteral("refund channel:call after:2026-02-01"));
    EXPECT_EQ(ranked.count(QStringLiteral("SCAN search_text VIRTUAL TABLE")), 2)
        << ranked.toStdString();
    EXPECT_TRUE(ranked.contains(QStringLiteral("SEARCH search_facets USING INTEGER PRIMARY KEY")))
        << ranked.toStdString();
}

} // namespace

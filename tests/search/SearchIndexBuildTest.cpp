// The first build of the index (issue 20): in ranges with its progress, all or nothing when
// cancelled, on a thread of its own.
#include "core/store/SearchIndexBuild.h"
#include "core/search/IndexBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/SearchIndex.h"
#include "core/store/SideConnection.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

class SearchIndexBuildTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Organization o;
        o.name = QStringLiteral("Atlas Airways");
        ASSERT_TRUE(ws->organizations().add(o));
        Contact person;
        person.organizationId = o.meta.id;
        person.name = QStringLiteral("Dana Whitfield");
        person.position = QStringLiteral("Refunds supervisor");
        person.department = QStringLiteral("Customer relations");
        ASSERT_TRUE(ws->contacts().add(person));
        contact = person.meta.id;
        Case c;
        c.title = QStringLiteral("Lost bag");
        ASSERT_TRUE(ws->cases().add(c));
        for (int i = 0; i < 30; ++i) {
            TimelineEntry e;
            e.caseId = c.meta.id;
            e.occurredAt = Instant::fromDateTime(ws.clock().now());
            e.summary = QStringLiteral("Refund asked, call %1").arg(i);
            ASSERT_TRUE(ws->timeline().add(e));
        }
        ASSERT_TRUE(SearchIndex(ws.get()).markStale());
    }

    qint64 indexRows()
    {
        QSqlQuery q(ws->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM search_text")) && q.next());
        return q.value(0).toLongLong();
    }

    QList<SearchHit> find(const QString &word)
    {
        SearchQuery query;
        query.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, word}}, false};
        auto hits = SearchIndex(ws.get()).search(query, 50);
        EXPECT_TRUE(hits) << hits.message().toStdString();
        return hits ? *hits : QList<SearchHit>{};
    }

    leverage::testing::TestWorkspace ws;
    RowId contact = 0;
};

TEST_F(SearchIndexBuildTest, BuildsEveryRowSayingHowFarItIsAndMarksTheIndexCurrent)
{
    SideConnection side(ws.path());
    ASSERT_TRUE(side.status());
    SearchIndexBuild build(side.database(), side.dialect());
    QList<qint64> done;
    qint64 total = -1;
    ASSERT_TRUE(build.run([&](qint64 d, qint64 t) {
        done << d;
        total = t;
    }));
    EXPECT_EQ(total, 1 + 1 + 1 + 30); // the organization, the contact, the case, its entries
    ASSERT_FALSE(done.isEmpty());
    EXPECT_EQ(done.first(), 0);
    EXPECT_EQ(done.last(), total);
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));
    EXPECT_TRUE(*SearchIndex(ws.get()).isCurrent());
    EXPECT_EQ(*SearchIndex(ws.get()).differences(), 0);
    EXPECT_EQ(find(QStringLiteral("refund")).size(), 30 + 1); // the entries and Dana
}

TEST_F(SearchIndexBuildTest, ACancelledBuildLeavesTheIndexAsItWasAndNotReady)
{
    const qint64 before = indexRows();
    SideConnection side(ws.path());
    ASSERT_TRUE(side.status());
    SearchIndexBuild build(side.database(), side.dialect());
    // Cancelled half-way: after the first table's rows went in.
    const auto status = build.run([&](qint64 done, qint64) {
        if (done > 0)
            build.cancel();
    });
    ASSERT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Conflict);
    EXPECT_EQ(indexRows(), before);
    EXPECT_FALSE(*SearchIndex(ws.get()).isCurrent());
    SearchQuery query;
    query.clauses << SearchClause{{SearchTerm{SearchTerm::Form::Word, QStringLiteral("x")}}, false};
    const auto notReady = SearchIndex(ws.get()).search(query, 5);
    ASSERT_FALSE(notReady);
    EXPECT_TRUE(notReady.message().contains(QStringLiteral("not ready")));
    // And the window's connection can write at once: nothing holds the file.
    Case c;
    c.title = QStringLiteral("Another");
    EXPECT_TRUE(ws->cases().add(c));
}

TEST_F(SearchIndexBuildTest, TheBuilderRunsOffTheCallersThreadAndCanBeCancelled)
{
    {
        // Cancelled as soon as it starts (a cancel half-way is the test above: here the
        // build is too small to wait for its progress).
        search::IndexBuilder builder(ws.path());
        QSignalSpy finished(&builder, &search::IndexBuilder::finished);
        builder.start();
        builder.cancel();
        ASSERT_TRUE(finished.wait(10000));
        EXPECT_FALSE(finished.first().at(0).toBool());
        EXPECT_TRUE(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    }
    EXPECT_FALSE(*SearchIndex(ws.get()).isCurrent());
    search::IndexBuilder builder(ws.path());
    QSignalSpy finished(&builder, &search::IndexBuilder::finished);
    builder.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_TRUE(*SearchIndex(ws.get()).isCurrent());
}

// A contact's details come apart in the snippet: position, department, notes, e-mail.
TEST_F(SearchIndexBuildTest, AContactsSnippetSeparatesItsFields)
{
    ASSERT_TRUE(SearchIndex(ws.get()).rebuild());
    const auto hits = find(QStringLiteral("customer"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().kind, SearchKind::Contact);
    QString plain = hits.first().snippet;
    plain.remove(SearchHit::kHighlightStart).remove(SearchHit::kHighlightEnd);
    EXPECT_EQ(plain, QStringLiteral("Refunds supervisor · Customer relations"));
}

} // namespace

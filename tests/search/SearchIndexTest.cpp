// The index and the translation on a small fixed corpus, on both engines (FTS5 on a file,
// tsvector on a team workspace: the same answers): every operator and filter end to end,
// ranking, accents and scripts, reference numbers by part, hostile text.
#include "core/store/SearchIndex.h"
#include "core/search/QueryParser.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/SearchSqlBuilder.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::search::QueryParser;

namespace {

class SearchIndexTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    void SetUp() override
    {
        atlas = organization(QStringLiteral("Atlas Airways"));
        bank = organization(QStringLiteral("Northwind Bank"));
        bag = caseRow(QStringLiteral("Lost bag on flight 212"), atlas, QStringLiteral("AT-4471"));
        card = caseRow(QStringLiteral("Double charge on card"), bank, QStringLiteral("NB 99 1203"));
        preAuth = entry(bag, Channel::Call, 1, QStringLiteral("Claim status"),
                        QStringLiteral("The rep said the claim was pre-authorised for $212."),
                        QStringLiteral("Jürgen Müller"), QStringLiteral("77-310-5521"));
        refundNote = entry(bag, Channel::Email, 2, QStringLiteral("Refund refund refund"),
                           QStringLiteral("Asked again for the refund of the bag."), {}, {});
        bankCall = entry(card, Channel::Call, 3, QStringLiteral("Refund of the double charge"),
                         QStringLiteral("Fee waived; refund in ten days."),
                         QStringLiteral("张伟明"), QStringLiteral("NB-55-0017"));
        arabic = entry(card, Channel::Chat, 4, QStringLiteral("محادثة مع البنك"),
                       QStringLiteral("قال الموظف إن المبلغ سيعاد"), QStringLiteral("أحمد"), {});
        hebrew = entry(card, Channel::Visit, 5, QStringLiteral("ביקור בסניף"),
                       QStringLiteral("הפקיד הבטיח החזר"), QStringLiteral("שרה"), {});
        chineseNote = entry(card, Channel::Note, 6, QStringLiteral("银行回电"),
                            QStringLiteral("客服说退款已经批准了"), {}, {});
        broken = commitment(bag, QStringLiteral("Call back with the claim outcome"),
                            QStringLiteral("Jürgen Müller"), CommitmentStatus::Broken);
        kept = commitment(card, QStringLiteral("Waive the fee"), QStringLiteral("Dana"),
                          CommitmentStatus::Kept);
        FollowUp f;
        f.caseId = bag;
        f.what = QStringLiteral("Ask for the claim outcome in writing");
        ASSERT_TRUE(ws->followUps().add(f));
        followUp = f.meta.id;
        Contact c;
        c.organizationId = atlas;
        c.name = QStringLiteral("François Lefèvre");
        c.position = QStringLiteral("Customer relations");
        c.directLine = QStringLiteral("+1 800-555-0199");
        ASSERT_TRUE(ws->contacts().add(c));
        contact = c.meta.id;
    }

    RowId organization(const QString &name)
    {
        Organization o;
        o.name = name;
        EXPECT_TRUE(ws->organizations().add(o));
        return o.meta.id;
    }

    RowId caseRow(const QString &title, RowId org, const QString &reference)
    {
        Case c;
        c.title = title;
        c.organizationId = org;
        c.reference = reference;
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        EXPECT_TRUE(ws->cases().add(c));
        return c.meta.id;
    }

    RowId entry(RowId caseId, Channel channel, int day, const QString &summary,
                const QString &notes, const QString &person, const QString &reference)
    {
        TimelineEntry e;
        e.caseId = caseId;
        e.channel = channel;
        e.occurredAt = Instant::fromDateTime(QDateTime(QDate(2026, 3, day), QTime(10, 0), Qt::UTC));
        e.summary = summary;
        e.notes = notes;
        e.personName = person;
        e.referenceNumber = reference;
        EXPECT_TRUE(ws->timeline().add(e));
        return e.meta.id;
    }

    RowId commitment(RowId caseId, const QString &what, const QString &by, CommitmentStatus status)
    {
        Commitment c;
        c.caseId = caseId;
        c.what = what;
        c.madeByName = by;
        c.madeAt = Instant::fromDateTime(ws.clock().now());
        c.status = status;
        EXPECT_TRUE(ws->commitments().add(c));
        return c.meta.id;
    }

    QList<SearchHit> find(const char *text, int limit = 50)
    {
        const auto parsed = QueryParser::parse(QString::fromUtf8(text));
        EXPECT_TRUE(parsed) << text << ": " << parsed.error.toStdString();
        auto hits = SearchIndex(ws.get()).search(parsed.query, limit);
        EXPECT_TRUE(hits) << text << ": " << hits.message().toStdString();
        return hits ? *hits : QList<SearchHit>{};
    }

    // The items found, as "kind:id", in rank order.
    QStringList found(const char *text)
    {
        QStringList items;
        for (const auto &hit : find(text))
            items << QStringLiteral("%1:%2").arg(int(hit.kind)).arg(hit.id);
        return items;
    }

    static QString item(SearchKind kind, RowId id)
    {
        return QStringLiteral("%1:%2").arg(int(kind)).arg(id);
    }

    leverage::testing::TestWorkspace ws;
    RowId atlas = 0, bank = 0, bag = 0, card = 0;
    RowId preAuth = 0, refundNote = 0, bankCall = 0, arabic = 0, hebrew = 0, chineseNote = 0;
    RowId broken = 0, kept = 0, followUp = 0, contact = 0;
};

INSTANTIATE_TEST_SUITE_P(Engines, SearchIndexTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

TEST_P(SearchIndexTest, EveryWordMustMatchAnywhereInTheItem)
{
    EXPECT_EQ(found("claim pre-authorised"), QStringList{item(SearchKind::Entry, preAuth)});
    EXPECT_TRUE(found("claim nonexistentword").isEmpty());
}

TEST_P(SearchIndexTest, APhraseMatchesOnlyInOrder)
{
    EXPECT_EQ(found("\"claim was pre-authorised\""), QStringList{item(SearchKind::Entry, preAuth)});
    EXPECT_TRUE(found("\"pre-authorised claim\"").isEmpty());
}

TEST_P(SearchIndexTest, APrefixFindsEveryWordItStarts)
{
    const auto items = found("pre-auth*");
    EXPECT_EQ(items, QStringList{item(SearchKind::Entry, preAuth)});
    EXPECT_TRUE(found("outc*").contains(item(SearchKind::FollowUp, followUp)));
}

TEST_P(SearchIndexTest, ExcludedWordsAndOrAlternatives)
{
    auto items = found("refund -bag");
    EXPECT_TRUE(items.contains(item(SearchKind::Entry, bankCall)));
    EXPECT_FALSE(items.contains(item(SearchKind::Entry, refundNote)));
    items = found("waived OR pre-authorised");
    EXPECT_EQ(items.size(), 3);
    EXPECT_TRUE(items.contains(item(SearchKind::Entry, bankCall)));
    EXPECT_TRUE(items.contains(item(SearchKind::Entry, preAuth)));
    EXPECT_TRUE(items.contains(item(SearchKind::Commitment, kept))); // "Waive the fee"
    EXPECT_EQ(found("kind:case -refund").size(), 2);
}

TEST_P(SearchIndexTest, RankingPutsTheStrongestMatchFirst)
{
    const auto hits = find("refund");
    ASSERT_GE(hits.size(), 2);
    // "Refund refund refund" in a summary beats one refund in notes.
    EXPECT_EQ(hits.first().id, refundNote);
    for (int i = 1; i < hits.size(); ++i)
        EXPECT_LE(hits[i - 1].rank, hits[i].rank);
}

TEST_P(SearchIndexTest, SnippetsMarkTheMatchedWords)
{
    const auto hits = find("pre-authorised");
    ASSERT_EQ(hits.size(), 1);
    EXPECT_TRUE(hits.first().snippet.contains(SearchHit::kHighlightStart + QStringLiteral("pre")))
        << hits.first().snippet.toStdString();
    EXPECT_EQ(hits.first().caseId, bag);
    EXPECT_EQ(hits.first().caseTitle, QStringLiteral("Lost bag on flight 212"));
    EXPECT_EQ(hits.first().people, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(hits.first().atMs,
              QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
}

TEST_P(SearchIndexTest, EnglishEndingsDoNotMatter)
{
    EXPECT_TRUE(found("refunds").contains(item(SearchKind::Entry, refundNote)));
    EXPECT_TRUE(found("waiving").contains(item(SearchKind::Commitment, kept)));
}

TEST_P(SearchIndexTest, AccentsAndCaseDoNotMatter)
{
    EXPECT_TRUE(found("muller").contains(item(SearchKind::Entry, preAuth)));
    EXPECT_TRUE(found("JURGEN").contains(item(SearchKind::Commitment, broken)));
    EXPECT_EQ(found("francois lefevre"), QStringList{item(SearchKind::Contact, contact)});
}

TEST_P(SearchIndexTest, ArabicAndHebrewWordsAreFound)
{
    EXPECT_EQ(found("المبلغ"), QStringList{item(SearchKind::Entry, arabic)});
    EXPECT_EQ(found("person:أحمد"), QStringList{item(SearchKind::Entry, arabic)});
    EXPECT_EQ(found("החזר"), QStringList{item(SearchKind::Entry, hebrew)});
}

TEST_P(SearchIndexTest, ChineseIsFoundByPartOfANameOrNote)
{
    EXPECT_EQ(found("伟明"), QStringList{item(SearchKind::Entry, bankCall)}); // the given name
    EXPECT_EQ(found("张"), QStringList{item(SearchKind::Entry, bankCall)});   // the family name
    EXPECT_EQ(found("person:张伟明"), QStringList{item(SearchKind::Entry, bankCall)});
    EXPECT_EQ(found("退款"), QStringList{item(SearchKind::Entry, chineseNote)});
    EXPECT_EQ(found("已经批准"), QStringList{item(SearchKind::Entry, chineseNote)});
}

TEST_P(SearchIndexTest, ReferenceNumbersMatchByAnyPartWithOrWithoutDashes)
{
    const auto entryItem = item(SearchKind::Entry, preAuth);
    EXPECT_EQ(found("ref:77-310"), QStringList{entryItem});
    EXPECT_EQ(found("ref:77310"), QStringList{entryItem});
    EXPECT_EQ(found("ref:\"77 310 55\""), QStringList{entryItem});
    EXPECT_EQ(found("ref:105521"), QStringList{entryItem});
    EXPECT_EQ(found("3105521"), QStringList{entryItem});
    EXPECT_EQ(found("ref:nb991203"), QStringList{item(SearchKind::Case, card)});
    EXPECT_EQ(found("5550199"), QStringList{item(SearchKind::Contact, contact)});
}

TEST_P(SearchIndexTest, FiltersNarrowByPersonOrganizationChannelStatusCaseAndDate)
{
    auto byMuller = found("claim person:muller");
    byMuller.sort();
    auto expected =
        QStringList{item(SearchKind::Entry, preAuth), item(SearchKind::Commitment, broken)};
    expected.sort();
    EXPECT_EQ(byMuller, expected);
    EXPECT_EQ(found("refund channel:call"), QStringList{item(SearchKind::Entry, bankCall)});
    EXPECT_EQ(found("status:broken"), QStringList{item(SearchKind::Commitment, broken)});
    EXPECT_EQ(found("status:kept org:northwind"), QStringList{item(SearchKind::Commitment, kept)});
    const auto atlasItems = found("org:atlas");
    EXPECT_TRUE(atlasItems.contains(item(SearchKind::Contact, contact)));
    EXPECT_TRUE(atlasItems.contains(item(SearchKind::Organization, atlas)));
    EXPECT_TRUE(atlasItems.contains(item(SearchKind::Entry, preAuth)));
    EXPECT_FALSE(atlasItems.contains(item(SearchKind::Entry, bankCall)));
    const auto caseFilter = QStringLiteral("refund case:%1").arg(card).toUtf8();
    EXPECT_EQ(found(caseFilter.constData()), (QStringList{item(SearchKind::Entry, bankCall)}));
    EXPECT_EQ(found("refund case:\"lost bag\"").size(), 1);
    EXPECT_EQ(found("kind:entry after:2026-03-03 before:2026-03-05"),
              (QStringList{item(SearchKind::Entry, arabic), item(SearchKind::Entry, bankCall)}));
}

TEST_P(SearchIndexTest, HostileTextIsOnlyEverSearchedFor)
{
    for (const char *text : {"\"\"\"", "NEAR(a b)", "title:x", "a' OR 1=1 --", "%_%", "\\",
                             "refund\" OR \"x", "{title body}: refund", "^refund", "x AND"}) {
        const auto parsed = QueryParser::parse(QString::fromUtf8(text));
        if (!parsed)
            continue; // said where; nothing ran
        auto hits = SearchIndex(ws.get()).search(parsed.query, 50);
        EXPECT_TRUE(hits) << text << ": " << hits.message().toStdString();
    }
    EXPECT_TRUE(found("%").isEmpty());
}

TEST_P(SearchIndexTest, TheLimitIsKept)
{
    EXPECT_EQ(find("refund", 1).size(), 1);
}

// A word in more rows than the ranking window: the best of the newest are ranked, and a filter
// still reaches the old rows (the window comes after the filters, not before).
TEST_P(SearchIndexTest, ACommonWordIsRankedAmongTheNewestMatchesAndFiltersReachOldOnes)
{
    QList<TimelineEntry> many;
    for (int i = 0; i < SearchSqlBuilder::kRankedWindow + 300; ++i) {
        TimelineEntry e;
        e.caseId = card;
        e.channel = Channel::Email;
        e.occurredAt = Instant::fromDateTime(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
        e.summary = QStringLiteral("Reminder %1 about the refund").arg(i);
        many << e;
    }
    ASSERT_TRUE(ws->timeline().addMany(many));
    const RowId newest = entry(card, Channel::Call, 20, QStringLiteral("Refund refund refund"),
                               QStringLiteral("The refund, at last."), {}, {});

    const auto hits = find("refund");
    ASSERT_EQ(hits.size(), 50);
    EXPECT_EQ(hits.first().id, newest);
    for (const auto &hit : hits) // the March rows were added first: outside the window
        EXPECT_NE(hit.id, refundNote);

    // Before April: the rows from March, the first two of them added before the 2,300.
    QList<RowId> march;
    for (const auto &hit : find("refund before:2026-04-01"))
        march << hit.id;
    EXPECT_EQ(march.size(), 3);
    EXPECT_TRUE(march.contains(refundNote));
    EXPECT_TRUE(march.contains(bankCall));
}

} // namespace

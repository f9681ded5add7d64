// The grouper the Outcomes window keeps between filter changes: one set of prepared facts
// regrouped under filter after filter gives the hand-worked figures of OutcomeFixture each
// time, contacts read later count as if read at once, a promise alone makes a contact's part,
// and the per-case dates and name order it prepares agree with the slow ways of getting them.
#include "core/outcomes/OutcomeGrouper.h"
#include "core/store/OutcomeFactsReader.h"
#include "tests/outcomes/OutcomeFixture.h"

#include <QDateTime>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;
using leverage::testing::eastern;

namespace {

using OutcomeGrouperTest = leverage::testing::OutcomeFiguresTestBase;

// Each contact's row as "name: cases/resolved/named/kept/broken", in the figures' order.
QStringList contactRows(const OutcomeFigures &figures)
{
    QStringList rows;
    for (const auto &row : figures.contacts)
        rows << QStringLiteral("%1: %2/%3/%4/%5/%6")
                    .arg(row.name)
                    .arg(row.cases)
                    .arg(row.casesResolved)
                    .arg(row.namedAsResolver)
                    .arg(row.promisesKept)
                    .arg(row.promisesBroken);
    return rows;
}

// The hand-worked per-contact figures of the whole fixture (see OutcomeFiguresTest.PerContact):
// Dana on C1 (resolved) and C2, a promise kept and one broken; Eli on C1, named as what
// resolved it, a promise broken; Fay on C3 (reopened), a promise kept.
const QStringList kEveryContact = {QStringLiteral("Dana: 2/1/0/1/1"),
                                   QStringLiteral("Eli: 1/1/1/0/1"),
                                   QStringLiteral("Fay: 1/0/0/1/0")};

OutcomeFacts read(Workspace &ws, bool withContacts = true)
{
    auto facts = OutcomeFactsReader(ws).read(withContacts);
    EXPECT_TRUE(facts) << facts.message().toStdString();
    return facts ? std::move(*facts) : OutcomeFacts();
}

} // namespace

TEST_F(OutcomeGrouperTest, OneGrouperServesFilterAfterFilterWithTheHandWorkedFigures)
{
    const OutcomeGrouper grouper(read(*ws));
    const auto all = grouper.figures({});
    EXPECT_EQ(all.cases, 5);
    EXPECT_EQ(contactRows(all), kEveryContact);

    OutcomeFilter acme;
    acme.organizationId = fixture.acme;
    const auto acmeOnly = grouper.figures(acme);
    EXPECT_EQ(acmeOnly.cases, 2);
    EXPECT_EQ(contactRows(acmeOnly),
              (QStringList{QStringLiteral("Dana: 2/1/0/1/1"), QStringLiteral("Eli: 1/1/1/0/1")}));
    ASSERT_EQ(acmeOnly.organizations.size(), 1u);
    EXPECT_EQ(acmeOnly.organizations[0].name, QStringLiteral("Acme Telecom"));

    // Open: C3 (reopened) and C5 (no one named on it); only Fay's part is left.
    OutcomeFilter open;
    open.status = OutcomeFilter::Status::Open;
    const auto stillOpen = grouper.figures(open);
    EXPECT_EQ(stillOpen.cases, 2);
    EXPECT_EQ(contactRows(stillOpen), QStringList{QStringLiteral("Fay: 1/0/0/1/0")});
    ASSERT_EQ(stillOpen.caseTrouble.size(), 2u);
    EXPECT_EQ(stillOpen.caseTrouble[0].caseId, fixture.c3); // an e-mail against none

    // Opened in February: C2 (opened 1 Feb 22:00 at UTC-5, 2 Feb in UTC) and C5. Its months
    // run from February (both opened) to the end of February (C2 closed 28 Feb 22:00).
    OutcomeFilter february;
    february.openedFrom = QDate(2026, 2, 1);
    february.openedTo = QDate(2026, 2, 28);
    const auto inFebruary = grouper.figures(february);
    EXPECT_EQ(inFebruary.cases, 2);
    ASSERT_EQ(inFebruary.months.size(), 1u);
    EXPECT_EQ(inFebruary.months[0].month, QDate(2026, 2, 1));
    EXPECT_EQ(inFebruary.months[0].opened, 2);
    EXPECT_EQ(inFebruary.months[0].closed, 1);
    EXPECT_EQ(contactRows(inFebruary), QStringList{QStringLiteral("Dana: 1/0/0/0/1")});

    // Nothing of the earlier filters stays behind.
    const auto again = grouper.figures({});
    EXPECT_EQ(contactRows(again), kEveryContact);
    EXPECT_EQ(again.months.size(), all.months.size());
    EXPECT_EQ(again.organizations.size(), all.organizations.size());
    EXPECT_EQ(again.caseTrouble.size(), 5u);
}

TEST_F(OutcomeGrouperTest, OnlyThePartsAskedForAreGrouped)
{
    const OutcomeGrouper grouper(read(*ws));
    const auto bare = grouper.figures({}, {});
    EXPECT_EQ(bare.cases, 5);
    EXPECT_EQ(bare.organizations.size(), 3u); // always: the currencies come from them
    EXPECT_TRUE(bare.months.empty());
    EXPECT_TRUE(bare.contacts.empty());
    EXPECT_TRUE(bare.caseTrouble.empty());

    const auto months = grouper.figures({}, OutcomeGrouper::Part::Months);
    EXPECT_EQ(months.months.size(), 4u); // January to April, March empty
    EXPECT_TRUE(months.contacts.empty());
}

TEST_F(OutcomeGrouperTest, ContactsReadLaterCountAsIfReadAtOnce)
{
    OutcomeGrouper grouper(read(*ws, false));
    EXPECT_TRUE(grouper.figures({}).contacts.empty());

    OutcomeFacts contacts;
    ASSERT_TRUE(OutcomeFactsReader(*ws).addContacts(contacts));
    EXPECT_EQ(contacts.contacts.size(), 3u);
    // Dana, Eli on C1; Dana on C2; Fay on C3: one part each, promises merged into them.
    EXPECT_EQ(contacts.contactCases.size(), 4u);
    grouper.setContacts(std::move(contacts.contacts), std::move(contacts.contactCases));
    EXPECT_EQ(contactRows(grouper.figures({})), kEveryContact);
}

TEST_F(OutcomeGrouperTest, APromiseAloneMakesAPartAndAPromiseBesideEntriesDoesNotMakeTwo)
{
    // Gus (Beta Bank) is named on no entry but promised something in C4 (an explanation only,
    // not a resolution); Dana promised something in C5, where she is on no entry either.
    const RowId gus = leverage::testing::contact(*ws, "Gus", fixture.beta);
    leverage::testing::promise(*ws, fixture.c4, gus, eastern(2026, 4, 4, 9),
                               CommitmentStatus::Kept);
    leverage::testing::promise(*ws, fixture.c5, fixture.dana, eastern(2026, 2, 15, 9),
                               CommitmentStatus::Broken);
    const OutcomeGrouper grouper(read(*ws));
    EXPECT_EQ(contactRows(grouper.figures({})),
              (QStringList{QStringLiteral("Dana: 3/1/0/1/2"), QStringLiteral("Eli: 1/1/1/0/1"),
                           QStringLiteral("Fay: 1/0/0/1/0"), QStringLiteral("Gus: 1/0/0/1/0")}));
}

TEST(OutcomeGrouperFactsTest, NamesInThePersonsOrderAndPartsOfVanishedCasesLeftOut)
{
    OutcomeFacts facts;
    for (RowId id : {1, 2}) {
        facts.cases.emplace_back();
        facts.cases.back().caseId = id;
    }
    const QStringList names = {QStringLiteral("zoë"), QStringLiteral("Émile"),
                               QStringLiteral("adam"), QStringLiteral("Zack"),
                               QStringLiteral("emma")};
    for (int i = 0; i < names.size(); ++i)
        facts.contacts.push_back({RowId(10 + i), names[i], {}});
    for (int i = 0; i < names.size(); ++i)
        facts.contactCases.push_back({1, RowId(10 + i), 0, 0});
    facts.contactCases.push_back({2, 10, 0, 0});
    facts.contactCases.push_back({3, 11, 0, 0}); // case 3 is gone
    const auto figures = OutcomeGrouper(facts).figures({});

    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QStringList found;
    for (const auto &row : figures.contacts) {
        found << row.name;
        EXPECT_EQ(row.cases, row.contactId == 10 ? 2 : 1) << row.name.toStdString();
    }
    EXPECT_EQ(found, expected);
}

TEST(OutcomeGrouperFactsTest, TheLocalDateIsTheDayAtTheRecordedOffsetBeforeAndAfter1970)
{
    // Against QDateTime, the slow way, around midnight and the epoch, both sides of UTC.
    constexpr qint64 kHour = 3600 * 1000;
    for (const int offset : {-5 * 3600, 0, 2 * 3600, 14 * 3600})
        for (const qint64 utcMs : {-86400000LL * 400 - 1, -kHour - 1, -1LL, 0LL, kHour * 21,
                                   kHour * 22 - 1, 1772319600000LL, 1772319600000LL - 1})
            EXPECT_EQ(localDate(Instant::fromUtcMs(utcMs, offset)),
                      QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offset) * 1000, Qt::UTC).date())
                << utcMs << " at " << offset;
    // 28 Feb 22:00 at UTC-5 is 1 March in UTC, and still 28 Feb where it happened.
    EXPECT_EQ(localDate(eastern(2026, 2, 28, 22)), QDate(2026, 2, 28));
    EXPECT_FALSE(localDate(Instant()).isValid());
}

TEST(OutcomeGrouperFactsTest, TheSectorsAreEachOnceSortedWithoutTheEmptyOne)
{
    OutcomeFacts facts;
    for (const char *sector : {"travel", "", "finance", "travel", "telecom", ""}) {
        facts.cases.emplace_back();
        facts.cases.back().caseId = RowId(facts.cases.size());
        facts.cases.back().sector = QString::fromLatin1(sector);
    }
    EXPECT_EQ(OutcomeGrouper(facts).sectors(),
              (QStringList{QStringLiteral("finance"), QStringLiteral("telecom"),
                           QStringLiteral("travel")}));
    OutcomeFilter travel;
    travel.sector = QStringLiteral("travel");
    EXPECT_EQ(OutcomeGrouper(facts).figures(travel).cases, 2);
}

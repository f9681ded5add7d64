// The outcome figures against the fixed workspace of OutcomeFixture, whose answers were
// worked out by hand (the arithmetic is in the comments).
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeSummary.h"
#include "core/outcomes/OutcomeTable.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "tests/outcomes/OutcomeFixture.h"

#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::outcomes;

namespace {

using OutcomeFiguresTest = leverage::testing::OutcomeFiguresTestBase;

CurrencyTotals totals(std::initializer_list<std::pair<const char *, qint64>> amounts)
{
    CurrencyTotals result;
    for (const auto &[code, amount] : amounts)
        result.insert(QString::fromLatin1(code), amount);
    return result;
}

} // namespace

TEST_F(OutcomeFiguresTest, TotalsAreKeptPerCurrencyAndAReopenedCaseCountsAsOpen)
{
    const auto all = figures();
    EXPECT_EQ(all.cases, 5);
    EXPECT_EQ(all.closed, 3);   // C1, C2, C4 (C3 was reopened)
    EXPECT_EQ(all.resolved, 1); // C1 only: no response and an explanation are not resolutions
    EXPECT_EQ(all.sought, totals({{"GBP", 3500}, {"USD", 25000}})); // 120 + 80 + 50
    // C3's waived fee stays received although the case was reopened.
    EXPECT_EQ(all.received, totals({{"EUR", 2000}, {"GBP", 3500}, {"USD", 10000}}));
}

TEST_F(OutcomeFiguresTest, PerOrganization)
{
    const auto rows = figures().organizations;
    ASSERT_EQ(rows.size(), 3u);
    const auto &acme = rows[0];
    EXPECT_EQ(acme.name, QStringLiteral("Acme Telecom"));
    EXPECT_EQ(acme.cases, 2);
    EXPECT_EQ(acme.closed, 2);
    EXPECT_EQ(acme.resolved, 1);
    EXPECT_DOUBLE_EQ(*acme.shareResolved(), 0.5);
    EXPECT_EQ(acme.sought, totals({{"USD", 20000}}));
    EXPECT_EQ(acme.received, totals({{"EUR", 2000}, {"USD", 10000}}));
    // C1: 5 Jan 10:00 to 10 Feb 12:00 = 36 days 2 hours; C2: 1 Feb 22:00 to 28 Feb 22:00 = 27.
    EXPECT_NEAR(*acme.medianDaysToClose, (36 + 2 / 24.0 + 27) / 2, 1e-9);
    EXPECT_DOUBLE_EQ(acme.contactsPerCase, 1.5);                // (Dana, Eli) + (Dana)
    EXPECT_DOUBLE_EQ(acme.holdHoursPerCase, 2100 / 3600.0 / 2); // 1200 + 600 + 300 s
    EXPECT_DOUBLE_EQ(acme.callHoursPerCase, 3300 / 3600.0 / 2); // 1800 + 600 + 900 s
    EXPECT_EQ(acme.promisesKept, 1);
    EXPECT_EQ(acme.promisesBroken, 2);
    EXPECT_DOUBLE_EQ(*acme.averageEffort, 3.0); // 4, 2, 3
    EXPECT_EQ(acme.resolvingLevel, QStringLiteral("supervisor"));

    const auto &beta = rows[1];
    EXPECT_EQ(beta.name, QStringLiteral("Beta Bank"));
    EXPECT_EQ(beta.cases, 2);
    EXPECT_EQ(beta.closed, 1);
    EXPECT_EQ(beta.resolved, 0);
    EXPECT_DOUBLE_EQ(*beta.shareResolved(), 0.0);
    EXPECT_EQ(beta.sought, totals({{"GBP", 3500}}));
    EXPECT_EQ(beta.received, totals({{"GBP", 3500}}));
    EXPECT_DOUBLE_EQ(*beta.medianDaysToClose, 17.0); // C4: 3 to 20 April
    EXPECT_DOUBLE_EQ(beta.contactsPerCase, 0.5);     // Fay on C3, no one on C4
    EXPECT_DOUBLE_EQ(beta.holdHoursPerCase, 0.0);
    EXPECT_DOUBLE_EQ(*beta.averageEffort, 2.0);
    EXPECT_TRUE(beta.resolvingLevel.isEmpty());

    const auto &none = rows[2]; // the cases without an organization come last
    EXPECT_TRUE(none.name.isEmpty());
    EXPECT_EQ(none.cases, 1);
    EXPECT_FALSE(none.shareResolved());
    EXPECT_FALSE(none.medianDaysToClose);
    EXPECT_FALSE(none.averageEffort);
    EXPECT_EQ(none.sought, totals({{"USD", 5000}}));
    EXPECT_TRUE(none.received.isEmpty());
}

TEST_F(OutcomeFiguresTest, PerMonthInTheUsersOwnTimeWithTheEmptyMonths)
{
    const auto months = figures().months;
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months[0].month, QDate(2026, 1, 1));
    EXPECT_EQ(months[0].opened, 2); // C1, C3
    EXPECT_EQ(months[0].closed, 0); // C3 was closed in January but reopened
    EXPECT_EQ(months[0].received, totals({{"GBP", 3500}}));
    EXPECT_EQ(months[1].month, QDate(2026, 2, 1));
    EXPECT_EQ(months[1].opened, 2); // C2 (1 Feb at 22:00 UTC-5), C5
    EXPECT_EQ(months[1].closed, 2); // C1, and C2 on 28 Feb at 22:00 (1 March in UTC)
    EXPECT_EQ(months[1].received, totals({{"EUR", 2000}, {"USD", 10000}}));
    EXPECT_EQ(months[2].month, QDate(2026, 3, 1)); // nothing happened: still listed
    EXPECT_EQ(months[2].opened, 0);
    EXPECT_EQ(months[2].closed, 0);
    EXPECT_TRUE(months[2].received.isEmpty());
    EXPECT_EQ(months[3].month, QDate(2026, 4, 1));
    EXPECT_EQ(months[3].opened, 1);
    EXPECT_EQ(months[3].closed, 1);
}

TEST_F(OutcomeFiguresTest, PerContact)
{
    const auto contacts = figures().contacts;
    ASSERT_EQ(contacts.size(), 3u);
    EXPECT_EQ(contacts[0].name, QStringLiteral("Dana"));
    EXPECT_EQ(contacts[0].cases, 2);
    EXPECT_EQ(contacts[0].casesResolved, 1);
    EXPECT_EQ(contacts[0].namedAsResolver, 0);
    EXPECT_EQ(contacts[0].promisesKept, 1);
    EXPECT_EQ(contacts[0].promisesBroken, 1);
    EXPECT_EQ(contacts[1].name, QStringLiteral("Eli"));
    EXPECT_EQ(contacts[1].cases, 1);
    EXPECT_EQ(contacts[1].casesResolved, 1);
    EXPECT_EQ(contacts[1].namedAsResolver, 1);
    EXPECT_EQ(contacts[1].promisesBroken, 1);
    EXPECT_EQ(contacts[2].name, QStringLiteral("Fay"));
    EXPECT_EQ(contacts[2].organizationName, QStringLiteral("Beta Bank"));
    EXPECT_EQ(contacts[2].casesResolved, 0); // C3 was reopened
    EXPECT_EQ(contacts[2].namedAsResolver, 0);
    EXPECT_EQ(contacts[2].promisesKept, 1);
}

TEST_F(OutcomeFiguresTest, FiltersByOrganizationStatusAndDateOpened)
{
    OutcomeFilter acmeOnly;
    acmeOnly.organizationId = fixture.acme;
    const auto acme = figures(acmeOnly);
    EXPECT_EQ(acme.cases, 2);
    ASSERT_EQ(acme.contacts.size(), 2u); // Dana and Eli; Fay's case is filtered out

    OutcomeFilter open;
    open.status = OutcomeFilter::Status::Open;
    const auto stillOpen = figures(open);
    EXPECT_EQ(stillOpen.cases, 2); // C3 (reopened) and C5
    EXPECT_EQ(stillOpen.closed, 0);
    EXPECT_EQ(stillOpen.received, totals({{"GBP", 3500}}));

    OutcomeFilter february;
    february.openedFrom = QDate(2026, 2, 1);
    february.openedTo = QDate(2026, 2, 28);
    const auto inFebruary = figures(february);
    EXPECT_EQ(inFebruary.cases, 2); // C2, C5
    EXPECT_EQ(inFebruary.sought, totals({{"USD", 13000}}));

    OutcomeFilter noOrganization;
    noOrganization.organizationId = 0;
    EXPECT_EQ(figures(noOrganization).cases, 1);
}

TEST_F(OutcomeFiguresTest, TheTableHasAColumnPairPerCurrency)
{
    const auto table = OutcomeTable::of(figures(), OutcomeTable::Grouping::Organization);
    ASSERT_EQ(table.rows.size(), 3);
    const int eur = int(table.headers.indexOf(QStringLiteral("Received (EUR)")));
    const int gbp = int(table.headers.indexOf(QStringLiteral("Sought (GBP)")));
    ASSERT_GE(eur, 0);
    ASSERT_GE(gbp, 0);
    EXPECT_EQ(table.rows[0][eur], QStringLiteral("20.00"));
    EXPECT_EQ(table.rows[1][gbp], QStringLiteral("35.00"));
    EXPECT_EQ(table.rows[2][0], QStringLiteral("(no organization)"));
    const int median = int(table.headers.indexOf(QStringLiteral("Median days to close")));
    EXPECT_EQ(table.rows[0][median], QStringLiteral("31.5"));
    const int level = int(table.headers.indexOf(QStringLiteral("Resolved most often by")));
    EXPECT_EQ(table.rows[0][level], QStringLiteral("Supervisor"));

    const auto months = OutcomeTable::of(figures(), OutcomeTable::Grouping::Month);
    EXPECT_EQ(months.headers,
              (QStringList{QStringLiteral("Month"), QStringLiteral("Cases opened"),
                           QStringLiteral("Cases closed"), QStringLiteral("Received (EUR)"),
                           QStringLiteral("Received (GBP)"), QStringLiteral("Received (USD)")}));
    EXPECT_EQ(months.rows[2], (QStringList{QStringLiteral("2026-03"), QStringLiteral("0"),
                                           QStringLiteral("0"), QStringLiteral("0.00"),
                                           QStringLiteral("0.00"), QStringLiteral("0.00")}));
}

TEST_F(OutcomeFiguresTest, TheOneLineSummaryKeepsEachCurrencyAndSaysWhenACaseWasReopened)
{
    OutcomeRepository repository(*ws);
    const auto overbilled = repository.get(fixture.c1);
    ASSERT_TRUE(overbilled && *overbilled);
    EXPECT_EQ(OutcomeSummary::line(**overbilled, 12000, QStringLiteral("USD")),
              QStringLiteral("Resolved with money (closed 2026-02-10): received \u20AC20.00 + "
                             "$100.00 of $120.00 sought"));
    const auto cardFee = repository.get(fixture.c3);
    ASSERT_TRUE(cardFee && *cardFee);
    EXPECT_EQ(OutcomeSummary::line(**cardFee, 3500, QStringLiteral("GBP")),
              QStringLiteral("Reopened 2026-02-20 (had been closed: resolved with a fee waived): "
                             "received \u00A335.00 of \u00A335.00 sought"));
    const auto router = repository.get(fixture.c2);
    ASSERT_TRUE(router && *router);
    EXPECT_EQ(OutcomeSummary::line(**router, 0, QStringLiteral("USD")),
              QStringLiteral("No response (closed 2026-02-28): nothing received"));
}

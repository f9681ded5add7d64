#include "core/clocks/ClockDates.h"
#include "core/clocks/BusinessDayCalendar.h"
#include "core/clocks/PublicHolidays.h"

#include <gtest/gtest.h>

using namespace leverage::clocks;
using Unit = ClockOffset::Unit;

namespace {

QDate add(const QDate &from, int amount, Unit unit, const QString &where = QStringLiteral("US"))
{
    return ClockDates::add(from, {amount, unit}, BusinessDayCalendar::forJurisdiction(where));
}

} // namespace

TEST(ClockDatesTest, MonthsFallBackToTheLastDayOfAShorterMonth)
{
    EXPECT_EQ(add(QDate(2026, 1, 31), 1, Unit::Months), QDate(2026, 2, 28));
    EXPECT_EQ(add(QDate(2028, 1, 31), 1, Unit::Months), QDate(2028, 2, 29)); // leap year
    EXPECT_EQ(add(QDate(2026, 3, 31), 6, Unit::Months), QDate(2026, 9, 30));
    EXPECT_EQ(add(QDate(2026, 8, 31), 6, Unit::Months), QDate(2027, 2, 28));
    EXPECT_EQ(add(QDate(2026, 1, 31), 2, Unit::BillingCycles), QDate(2026, 3, 31));
}

TEST(ClockDatesTest, LeapDaysMoveToTheLastOfFebruaryInOtherYears)
{
    EXPECT_EQ(add(QDate(2028, 2, 29), 1, Unit::Years), QDate(2029, 2, 28));
    EXPECT_EQ(add(QDate(2028, 2, 29), 4, Unit::Years), QDate(2032, 2, 29));
    EXPECT_EQ(add(QDate(2028, 2, 1), 30, Unit::Days), QDate(2028, 3, 2));
    EXPECT_EQ(add(QDate(2027, 2, 1), 30, Unit::Days), QDate(2027, 3, 3));
}

TEST(ClockDatesTest, WeeksAndDaysAcrossTheDstChangesAreCalendarDays)
{
    // US clocks go forward on 8 Mar 2026 and the UK's on 29 Mar 2026: a date has no hour to
    // lose, so 8 weeks from a Monday is a Monday.
    EXPECT_EQ(add(QDate(2026, 3, 2), 8, Unit::Weeks), QDate(2026, 4, 27));
    EXPECT_EQ(add(QDate(2026, 10, 20), 14, Unit::Days), QDate(2026, 11, 3));
}

TEST(ClockDatesTest, BusinessDaysSkipWeekendsAndTheJurisdictionsHolidays)
{
    // Fri 22 May 2026 + 10 US business days: Memorial Day (25 May) does not count.
    EXPECT_EQ(add(QDate(2026, 5, 22), 10, Unit::BusinessDays), QDate(2026, 6, 8));
    // The same in the UK: the spring bank holiday is the same Monday.
    EXPECT_EQ(add(QDate(2026, 5, 22), 10, Unit::BusinessDays, QStringLiteral("GB")),
              QDate(2026, 6, 8));
    // Thanksgiving is a US holiday only.
    EXPECT_EQ(add(QDate(2026, 11, 25), 1, Unit::BusinessDays), QDate(2026, 11, 27));
    EXPECT_EQ(add(QDate(2026, 11, 25), 1, Unit::BusinessDays, QStringLiteral("GB")),
              QDate(2026, 11, 26));
    // Easter: Good Friday and Easter Monday 2026 (3 and 6 Apr) are closed in the UK.
    EXPECT_EQ(add(QDate(2026, 4, 2), 1, Unit::BusinessDays, QStringLiteral("GB")),
              QDate(2026, 4, 7));
    // A jurisdiction without a calendar skips weekends only.
    EXPECT_EQ(add(QDate(2026, 4, 2), 1, Unit::BusinessDays, QStringLiteral("DE")),
              QDate(2026, 4, 3));
}

TEST(ClockDatesTest, TheWeekendOnlyCalendarServesTheCallsAndTheLedger)
{
    const auto &calendar = BusinessDayCalendar::weekendsOnly();
    EXPECT_EQ(calendar.addBusinessDays(QDate(2026, 3, 6), 1), QDate(2026, 3, 9));
    EXPECT_EQ(calendar.addBusinessDays(QDate(2026, 3, 9), -1), QDate(2026, 3, 6));
    EXPECT_EQ(calendar.onOrAfter(QDate(2026, 3, 7)), QDate(2026, 3, 9));
    EXPECT_EQ(calendar.businessDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 9)), 5);
}

TEST(PublicHolidaysTest, MatchesThePublishedListsOfSeveralYears)
{
    // gov.uk/bank-holidays, England and Wales, 2027: Christmas on a Saturday.
    const QList<QDate> gb2027{QDate(2027, 1, 1),   QDate(2027, 3, 26), QDate(2027, 3, 29),
                              QDate(2027, 5, 3),   QDate(2027, 5, 31), QDate(2027, 8, 30),
                              QDate(2027, 12, 27), QDate(2027, 12, 28)};
    EXPECT_EQ(PublicHolidays::of(QStringLiteral("GB"), 2027), gb2027);
    // Federal Reserve 2027: Juneteenth on a Saturday is not moved; 4 July (Sunday) is on 5 July.
    const auto us2027 = PublicHolidays::of(QStringLiteral("US"), 2027);
    EXPECT_TRUE(us2027.contains(QDate(2027, 6, 19)));
    EXPECT_TRUE(us2027.contains(QDate(2027, 7, 5)));
    EXPECT_FALSE(us2027.contains(QDate(2027, 7, 2)));
    EXPECT_TRUE(us2027.contains(QDate(2027, 11, 25))); // Thanksgiving
    EXPECT_EQ(us2027.size(), 11);
    // Australia 2026: Australia Day on a Monday, Anzac Day on a Saturday (not moved).
    const auto au2026 = PublicHolidays::of(QStringLiteral("AU"), 2026);
    EXPECT_TRUE(au2026.contains(QDate(2026, 1, 26)));
    EXPECT_TRUE(au2026.contains(QDate(2026, 4, 25)));
    EXPECT_TRUE(au2026.contains(QDate(2026, 6, 8))); // King's Birthday
    // Canada 2025: Victoria Day 19 May, Truth and Reconciliation 30 Sep, Thanksgiving 13 Oct.
    const auto ca2025 = PublicHolidays::of(QStringLiteral("CA"), 2025);
    EXPECT_TRUE(ca2025.contains(QDate(2025, 5, 19)));
    EXPECT_TRUE(ca2025.contains(QDate(2025, 9, 30)));
    EXPECT_TRUE(ca2025.contains(QDate(2025, 10, 13)));
    EXPECT_TRUE(PublicHolidays::of(QStringLiteral("EU"), 2026).isEmpty());
}

TEST(PublicHolidaysTest, EasterOfKnownYears)
{
    EXPECT_EQ(PublicHolidays::easterSunday(2025), QDate(2025, 4, 20));
    EXPECT_EQ(PublicHolidays::easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(PublicHolidays::easterSunday(2030), QDate(2030, 4, 21));
}

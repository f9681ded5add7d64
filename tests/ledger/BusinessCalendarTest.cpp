#include "core/ledger/BusinessCalendar.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

QDateTime newYork(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("America/New_York"));
}

} // namespace

TEST(BusinessCalendarTest, SkipsTheWeekend)
{
    const QDateTime friday(QDate(2026, 2, 27), QTime(16, 30), Qt::OffsetFromUTC, -5 * 3600);
    const auto monday = BusinessCalendar::addBusinessDays(friday, 1);
    EXPECT_EQ(monday.date(), QDate(2026, 3, 2));
    EXPECT_EQ(monday.time(), QTime(16, 30));
    // Thursday + 5 business days is the next Thursday, not Tuesday.
    const QDateTime thursday(QDate(2026, 2, 26), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(BusinessCalendar::addBusinessDays(thursday, 5).date(), QDate(2026, 3, 5));
    // From a Saturday the first business day is Monday.
    const QDateTime saturday(QDate(2026, 2, 28), QTime(10, 0), Qt::UTC);
    EXPECT_EQ(BusinessCalendar::addBusinessDays(saturday, 1).date(), QDate(2026, 3, 2));
    // Backwards over a weekend.
    EXPECT_EQ(BusinessCalendar::addBusinessDays(monday, -1).date(), QDate(2026, 2, 27));
    EXPECT_EQ(BusinessCalendar::addBusinessDays(saturday, 0), saturday);
}

TEST(BusinessCalendarTest, KeepsTheWallClockTimeAcrossTheSpringDstChange)
{
    const QTimeZone zone("America/New_York");
    ASSERT_TRUE(zone.isValid());
    // Friday 2026-03-06 09:00 EST; clocks go forward on Sunday 2026-03-08.
    const auto start = newYork(2026, 3, 6, 9);
    ASSERT_EQ(start.offsetFromUtc(), -5 * 3600);
    const auto due = BusinessCalendar::addBusinessDays(start, 3);
    EXPECT_EQ(due.date(), QDate(2026, 3, 11)); // Mon, Tue, Wed
    EXPECT_EQ(due.time(), QTime(9, 0));
    EXPECT_EQ(due.offsetFromUtc(), -4 * 3600); // now EDT
    // Five calendar days minus the hour the clocks skipped.
    EXPECT_EQ(start.secsTo(due), 5 * 24 * 3600 - 3600);
}

TEST(BusinessCalendarTest, KeepsTheWallClockTimeAcrossTheAutumnDstChange)
{
    // Friday 2026-10-30 17:00 EDT; clocks go back on Sunday 2026-11-01.
    const auto start = newYork(2026, 10, 30, 17);
    const auto due = BusinessCalendar::addBusinessDays(start, 1);
    EXPECT_EQ(due.date(), QDate(2026, 11, 2));
    EXPECT_EQ(due.time(), QTime(17, 0));
    EXPECT_EQ(start.secsTo(due), 3 * 24 * 3600 + 3600);
}

TEST(BusinessCalendarTest, CountsBusinessDaysBetweenDates)
{
    EXPECT_EQ(BusinessCalendar::businessDaysBetween(QDate(2026, 2, 27), QDate(2026, 3, 2)), 1);
    EXPECT_EQ(BusinessCalendar::businessDaysBetween(QDate(2026, 3, 2), QDate(2026, 3, 9)), 5);
    EXPECT_EQ(BusinessCalendar::businessDaysBetween(QDate(2026, 3, 9), QDate(2026, 3, 2)), 0);
}

TEST(BusinessCalendarTest, QuickChoicesAreTodayAndThreeFiveTenBusinessDays)
{
    const auto choices = BusinessCalendar::quickChoices();
    ASSERT_EQ(choices.size(), 4);
    EXPECT_EQ(choices[0].businessDays, 0);
    EXPECT_EQ(choices[1].businessDays, 3);
    EXPECT_EQ(choices[2].businessDays, 5);
    EXPECT_EQ(choices[3].businessDays, 10);
    const auto now = newYork(2026, 3, 6, 9); // a Friday
    EXPECT_EQ(BusinessCalendar::apply(choices[0], now), now);
    EXPECT_EQ(BusinessCalendar::apply(choices[2], now).date(), QDate(2026, 3, 13));
    EXPECT_EQ(BusinessCalendar::apply(choices[3], now).date(), QDate(2026, 3, 20));
}

TEST(BusinessCalendarTest, TomorrowAtKeepsTheZone)
{
    const QDateTime saturdayNight(QDate(2026, 3, 7), QTime(22, 15), QTimeZone("America/New_York"));
    const auto sundayNine = BusinessCalendar::tomorrowAt(saturdayNight, QTime(9, 0));
    EXPECT_EQ(sundayNine.date(), QDate(2026, 3, 8));
    EXPECT_EQ(sundayNine.time(), QTime(9, 0));
    EXPECT_EQ(sundayNine.offsetFromUtc(), -4 * 3600); // after the change at 02:00
}

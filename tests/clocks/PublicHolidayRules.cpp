#include "tests/clocks/PublicHolidayRules.h"

#include "core/clocks/PublicHolidays.h"

#include <algorithm>

// The rules PublicHolidays computed before the holidays became data: kept as the test oracle
// that the shipped list (resources/clocks/public-holidays.csv) is checked against.
namespace leverage::clocks::oracle {
namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The `n`th `weekday` of a month (n = -1: the last).
QDate nthWeekday(int year, int month, int weekday, int n)
{
    if (n < 0) {
        QDate date(year, month, QDate(year, month, 1).daysInMonth());
        while (date.dayOfWeek() != weekday)
            date = date.addDays(-1);
        return date;
    }
    QDate date(year, month, 1);
    while (date.dayOfWeek() != weekday)
        date = date.addDays(1);
    return date.addDays(7 * (n - 1));
}

// Adds fixed-date holidays in order; one on a weekend moves to the next weekday not already
// taken (so Christmas on a Saturday is kept on Monday and Boxing Day on Tuesday).
void addSubstituted(QList<QDate> *days, const QList<QDate> &fixed)
{
    for (QDate date : fixed) {
        while (isWeekend(date) || days->contains(date))
            date = date.addDays(1);
        days->append(date);
    }
}

QList<QDate> unitedStates(int year)
{
    QList<QDate> days;
    // A Sunday holiday is kept on Monday; a Saturday one is not moved (Federal Reserve).
    for (QDate date : {QDate(year, 1, 1), QDate(year, 6, 19), QDate(year, 7, 4),
                       QDate(year, 11, 11), QDate(year, 12, 25)})
        days.append(date.dayOfWeek() == Qt::Sunday ? date.addDays(1) : date);
    days << nthWeekday(year, 1, Qt::Monday, 3)     // Martin Luther King Jr.
         << nthWeekday(year, 2, Qt::Monday, 3)     // Washington's Birthday
         << nthWeekday(year, 5, Qt::Monday, -1)    // Memorial Day
         << nthWeekday(year, 9, Qt::Monday, 1)     // Labor Day
         << nthWeekday(year, 10, Qt::Monday, 2)    // Columbus Day
         << nthWeekday(year, 11, Qt::Thursday, 4); // Thanksgiving
    return days;
}

QList<QDate> englandAndWales(int year)
{
    const QDate easter = PublicHolidays::easterSunday(year);
    QList<QDate> days{easter.addDays(-2), easter.addDays(1), nthWeekday(year, 5, Qt::Monday, 1),
                      nthWeekday(year, 5, Qt::Monday, -1), nthWeekday(year, 8, Qt::Monday, -1)};
    addSubstituted(&days, {QDate(year, 1, 1), QDate(year, 12, 25), QDate(year, 12, 26)});
    return days;
}

QList<QDate> canada(int year)
{
    const QDate easter = PublicHolidays::easterSunday(year);
    QDate victoria(year, 5, 24); // the Monday before 25 May
    while (victoria.dayOfWeek() != Qt::Monday)
        victoria = victoria.addDays(-1);
    QList<QDate> days{easter.addDays(-2), victoria, nthWeekday(year, 9, Qt::Monday, 1),
                      nthWeekday(year, 10, Qt::Monday, 2)};
    addSubstituted(&days, {QDate(year, 1, 1), QDate(year, 7, 1), QDate(year, 9, 30),
                           QDate(year, 11, 11), QDate(year, 12, 25), QDate(year, 12, 26)});
    return days;
}

QList<QDate> australia(int year)
{
    const QDate easter = PublicHolidays::easterSunday(year);
    // Anzac Day is not moved when it falls on a weekend (most states).
    QList<QDate> days{easter.addDays(-2), easter.addDays(1), QDate(year, 4, 25),
                      nthWeekday(year, 6, Qt::Monday, 2)};
    addSubstituted(
        &days, {QDate(year, 1, 1), QDate(year, 1, 26), QDate(year, 12, 25), QDate(year, 12, 26)});
    return days;
}

} // namespace

QList<QDate> ruleHolidays(const QString &jurisdiction, int year)
{
    QList<QDate> days;
    if (jurisdiction == QLatin1String("US"))
        days = unitedStates(year);
    else if (jurisdiction == QLatin1String("GB"))
        days = englandAndWales(year);
    else if (jurisdiction == QLatin1String("CA"))
        days = canada(year);
    else if (jurisdiction == QLatin1String("AU"))
        days = australia(year);
    std::sort(days.begin(), days.end());
    return days;
}

QStringList ruleJurisdictions()
{
    return {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA"), QStringLiteral("AU")};
}

} // namespace leverage::clocks::oracle

#include "core/clocks/BusinessDayCalendar.h"

#include "core/clocks/PublicHolidays.h"

#include <map>

namespace leverage::clocks {

BusinessDayCalendar::BusinessDayCalendar(const QString &jurisdiction) : m_jurisdiction(jurisdiction)
{
    for (int year = PublicHolidays::kFirstYear; year <= PublicHolidays::kLastYear; ++year)
        for (const QDate &date : PublicHolidays::of(jurisdiction, year))
            m_holidays.insert(date);
}

const BusinessDayCalendar &BusinessDayCalendar::forJurisdiction(const QString &jurisdiction)
{
    static const std::map<QString, BusinessDayCalendar> calendars = [] {
        std::map<QString, BusinessDayCalendar> all;
        for (const QString &key : PublicHolidays::jurisdictions())
            all.emplace(key, BusinessDayCalendar(key));
        return all;
    }();
    const auto found = calendars.find(jurisdiction);
    return found == calendars.end() ? weekendsOnly() : found->second;
}

const BusinessDayCalendar &BusinessDayCalendar::weekendsOnly()
{
    static const BusinessDayCalendar calendar;
    return calendar;
}

bool BusinessDayCalendar::isBusinessDay(const QDate &date) const
{
    return date.dayOfWeek() < Qt::Saturday && !m_holidays.contains(date);
}

QDate BusinessDayCalendar::addBusinessDays(const QDate &from, int days) const
{
    if (!from.isValid())
        return {};
    const int step = days > 0 ? 1 : -1;
    QDate date = from;
    for (int remaining = days > 0 ? days : -days; remaining > 0;) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --remaining;
    }
    return date;
}

QDate BusinessDayCalendar::onOrAfter(const QDate &date) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return day;
}

int BusinessDayCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1))
        if (isBusinessDay(date))
            ++count;
    return count;
}

} // namespace leverage::clocks

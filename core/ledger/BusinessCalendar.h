#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace leverage {

// Business-day arithmetic for promises like "within five business days": Saturdays and
// Sundays are skipped, and the local wall-clock time is kept across a DST change (a 09:00
// callback stays at 09:00 when the clocks move in between).
class BusinessCalendar final
{
public:
    // A due-date choice offered next to a date field: "Today", "In 3 business days" …
    struct QuickChoice
    {
        QString label;
        int businessDays = 0;
    };

    static bool isBusinessDay(const QDate &date);
    // `start` moved forward by `days` business days (negative: backward). Zero days returns
    // `start` unchanged, even on a weekend.
    static QDateTime addBusinessDays(const QDateTime &start, int days);
    // Business days from the date of `from` to the date of `to` (0 when `to` is not later).
    static int businessDaysBetween(const QDate &from, const QDate &to);

    // The next day's `time` in the zone of `now` ("snooze until tomorrow 9:00").
    static QDateTime tomorrowAt(const QDateTime &now, const QTime &time);

    static QList<QuickChoice> quickChoices();
    static QDateTime apply(const QuickChoice &choice, const QDateTime &now);
};

} // namespace leverage

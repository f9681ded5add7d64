#pragma once

#include "core/clocks/ClockOffset.h"

#include <QDate>

namespace leverage::clocks {

class BusinessDayCalendar;

// Date arithmetic on calendar dates in the case's jurisdiction (never instants, so a DST
// change cannot move a deadline). Months and years keep the day of the month and fall back
// to the month's last day when it has none: 31 Jan + 1 month is 28 Feb (29 in a leap year),
// 29 Feb + 1 year is 28 Feb.
class ClockDates final
{
public:
    static QDate add(const QDate &from, const ClockOffset &offset,
                     const BusinessDayCalendar &calendar);
};

} // namespace leverage::clocks

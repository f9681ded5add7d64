#include "core/clocks/ClockDates.h"

#include "core/clocks/BusinessDayCalendar.h"

namespace leverage::clocks {

QDate ClockDates::add(const QDate &from, const ClockOffset &offset,
                      const BusinessDayCalendar &calendar)
{
    if (!from.isValid())
        return {};
    switch (offset.unit) {
    case ClockOffset::Unit::Days:
        return from.addDays(offset.amount);
    case ClockOffset::Unit::BusinessDays:
        return calendar.addBusinessDays(from, offset.amount);
    case ClockOffset::Unit::Weeks:
        return from.addDays(7LL * offset.amount);
    case ClockOffset::Unit::Months:
    case ClockOffset::Unit::BillingCycles:
        // QDate::addMonths keeps the day, or takes the month's last day when it is shorter.
        return from.addMonths(offset.amount);
    case ClockOffset::Unit::Years:
        return from.addYears(offset.amount);
    }
    return {};
}

} // namespace leverage::clocks

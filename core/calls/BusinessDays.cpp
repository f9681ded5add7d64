#include "core/calls/BusinessDays.h"

#include "core/clocks/BusinessDayCalendar.h"

namespace leverage::calls {

QDate addBusinessDays(const QDate &from, int days)
{
    const auto &calendar = clocks::BusinessDayCalendar::weekendsOnly();
    return calendar.addBusinessDays(calendar.onOrAfter(from), days);
}

} // namespace leverage::calls

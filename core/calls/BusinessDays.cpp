#include "core/calls/BusinessDays.h"

namespace leverage::calls {
namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

QDate addBusinessDays(const QDate &from, int days)
{
    if (!from.isValid())
        return {};
    QDate date = from;
    while (isWeekend(date))
        date = date.addDays(1);
    for (int added = 0; added < days;) {
        date = date.addDays(1);
        if (!isWeekend(date))
            ++added;
    }
    return date;
}

} // namespace leverage::calls

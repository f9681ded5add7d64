#include "core/ledger/BusinessCalendar.h"

#include "core/clocks/BusinessDayCalendar.h"

#include <QCoreApplication>

namespace leverage {

bool BusinessCalendar::isBusinessDay(const QDate &date)
{
    return clocks::BusinessDayCalendar::weekendsOnly().isBusinessDay(date);
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime &start, int days)
{
    if (!start.isValid() || days == 0)
        return start;
    // Rebuild from the date and the wall-clock time so a DST change in between does not
    // shift the hour (adding seconds would). A wall time that does not exist that day
    // (in the spring gap) is moved forward by Qt, as a person would read it.
    QDateTime result = start;
    result.setDate(clocks::BusinessDayCalendar::weekendsOnly().addBusinessDays(start.date(), days));
    return result;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to)
{
    return clocks::BusinessDayCalendar::weekendsOnly().businessDaysBetween(from, to);
}

QDateTime BusinessCalendar::tomorrowAt(const QDateTime &now, const QTime &time)
{
    QDateTime result = now;
    result.setDate(now.date().addDays(1));
    result.setTime(time);
    return result;
}

QList<BusinessCalendar::QuickChoice> BusinessCalendar::quickChoices()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    return {{tr("Today"), 0},
            {tr("In 3 business days"), 3},
            {tr("In 5 business days"), 5},
            {tr("In 10 business days"), 10}};
}

QDateTime BusinessCalendar::apply(const QuickChoice &choice, const QDateTime &now)
{
    return addBusinessDays(now, choice.businessDays);
}

} // namespace leverage

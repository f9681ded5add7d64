#pragma once

#include <QDate>
#include <QSet>
#include <QString>

namespace leverage::clocks {

// Which days count as business days in a jurisdiction: Monday to Friday, less its public
// holidays (PublicHolidays, kept for PublicHolidays::kFirstYear–kLastYear; outside those
// years only weekends are skipped). The one business-day arithmetic of the program: the
// calls' "five business days" and the ledger's quick due dates use the weekend-only calendar.
class BusinessDayCalendar final
{
public:
    // Weekends only (no holidays known).
    BusinessDayCalendar() = default;

    // The calendar of a jurisdiction ("US", "GB", …); an unknown one skips weekends only.
    // Built once and shared: safe to call from any thread.
    static const BusinessDayCalendar &forJurisdiction(const QString &jurisdiction);
    static const BusinessDayCalendar &weekendsOnly();

    QString jurisdiction() const { return m_jurisdiction; }
    bool isHoliday(const QDate &date) const { return m_holidays.contains(date); }
    bool isBusinessDay(const QDate &date) const;
    // `from` moved by `days` business days (negative: backward); `from` itself is not
    // counted, and zero returns `from` unchanged even on a closed day.
    QDate addBusinessDays(const QDate &from, int days) const;
    // The first business day on or after `date`.
    QDate onOrAfter(const QDate &date) const;
    // Business days after `from` up to and including `to` (0 when `to` is not later).
    int businessDaysBetween(const QDate &from, const QDate &to) const;

private:
    explicit BusinessDayCalendar(const QString &jurisdiction);

    QString m_jurisdiction;
    QSet<QDate> m_holidays;
};

} // namespace leverage::clocks

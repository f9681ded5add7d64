#pragma once

#include "core/clocks/PublicHoliday.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace leverage::clocks {

// The public holidays as data: UTF-8 CSV with one header line and the columns
// jurisdiction,date,name,source,kind (kind "rule" or "one-off"; a field with a comma is quoted).
// Data rather than rules so that a one-off day can be shipped and a wrong day corrected by
// editing one row.
class PublicHolidayTable final
{
public:
    // Parses `csv`. A row that does not parse is left out and described in errors() ("line 12:
    // the date 2026-02-30 is not a date") so the rest of the list still serves.
    static PublicHolidayTable parse(const QByteArray &csv);
    // The shipped list (:/clocks/public-holidays.csv), parsed once on first use (thread-safe);
    // its errors are logged to the "clocks" logger.
    static const PublicHolidayTable &shipped();

    const QList<PublicHoliday> &rows() const { return m_rows; }
    const QStringList &errors() const { return m_errors; }
    // The jurisdictions in the order they first appear.
    QStringList jurisdictions() const;
    // The dates of one jurisdiction and year, in date order.
    QList<QDate> datesOf(const QString &jurisdiction, int year) const;

private:
    QList<PublicHoliday> m_rows;
    QStringList m_errors;
};

} // namespace leverage::clocks

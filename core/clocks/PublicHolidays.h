#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace leverage::clocks {

// The public holidays that close banks and firms, 2025–2030, read from the shipped list
// resources/clocks/public-holidays.csv (PublicHolidayTable: one row per day with its name and
// the official source, parsed once). Data rather than rules, so a one-off day (a coronation, a
// state funeral) can be shipped and a wrong day corrected in one row; the rules it was made
// from stay as the test oracle (tests/clocks/PublicHolidayRules.cpp). Sources:
// - US: the Federal Reserve's holiday schedule (federalreserve.gov/aboutthefed/k8.htm), the one
//   banks keep for Reg E and RESPA: a holiday on a Sunday moves to Monday; one on a Saturday is
//   not moved (the Reserve Banks open on the Friday).
// - GB: bank holidays of England and Wales (gov.uk/bank-holidays; Banking and Financial
//   Dealings Act 1971): a holiday on a weekend moves to the next free weekday. Scotland and
//   Northern Ireland differ and are not kept apart.
// - CA: the general holidays of the Canada Labour Code (s. 166), the calendar of federally
//   regulated firms (banks, telecoms); a weekend holiday moves to the next free weekday.
// - AU: the holidays every state keeps (fairwork.gov.au/employment-conditions/public-holidays)
//   plus the King's Birthday on the second Monday of June (all states but WA and QLD); a
//   state's own days (Labour Day, Melbourne Cup) are not included.
// - EU: none: the EU has no common calendar; business days there are weekdays.
class PublicHolidays final
{
public:
    static constexpr int kFirstYear = 2025;
    static constexpr int kLastYear = 2030;

    // The jurisdictions with a calendar ("US", "GB", "CA", "AU"), as the list has them.
    static QStringList jurisdictions();
    // The holidays (as observed: substitute days included) of one year, in date order.
    static QList<QDate> of(const QString &jurisdiction, int year);
    // Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);
};

} // namespace leverage::clocks

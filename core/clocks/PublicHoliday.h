#pragma once

#include <QDate>
#include <QString>

namespace leverage::clocks {

// One row of the shipped holiday list (resources/clocks/public-holidays.csv).
struct PublicHoliday
{
    QString jurisdiction; // "US", "GB", "CA", "AU"
    QDate date;           // as observed: a substitute day is the day firms close
    QString name;         // as the source names it
    QString source;       // the official list the date was checked against
    // A day no rule gives (a coronation, a state funeral): kept out of the check against the
    // rules (tests/clocks/PublicHolidayDataTest.cpp).
    bool oneOff = false;

    bool operator==(const PublicHoliday &) const = default;
};

} // namespace leverage::clocks

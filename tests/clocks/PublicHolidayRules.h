#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace leverage::clocks::oracle {

// The jurisdictions the rules cover ("US", "GB", "CA", "AU").
QStringList ruleJurisdictions();
// The holidays of one year computed from the published rules (fixed dates, "the last Monday of
// May", Easter, substitute days), in date order: the oracle for the shipped list.
QList<QDate> ruleHolidays(const QString &jurisdiction, int year);

} // namespace leverage::clocks::oracle

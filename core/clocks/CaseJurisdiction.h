#pragma once

#include <QString>

namespace leverage::clocks {

// Where a case is and what kind of business it is with: which clock rules apply.
struct CaseJurisdiction
{
    QString country; // ISO 3166 code: "US", "GB", "DE", …
    QString region;  // state or province ("CA", "ON"), empty where it does not matter
    QString sector;  // a ClockVocabulary sector key: "finance", "telecom", …

    bool isEmpty() const { return country.isEmpty() && sector.isEmpty(); }
    friend bool operator==(const CaseJurisdiction &, const CaseJurisdiction &) = default;
};

} // namespace leverage::clocks

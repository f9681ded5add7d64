#pragma once

#include <QString>

namespace leverage::outcomes {

// What an hour of the user's time is worth to them (a workspace setting; none by default):
// it turns the hours a complaint took into money for the "distress and inconvenience" or
// costs part of a claim.
struct HourlyValue
{
    qint64 amountMinor = 0; // per hour; 0: not set
    QString currency;

    bool isSet() const { return amountMinor > 0 && !currency.isEmpty(); }
    // The value of `seconds` at this rate, in minor units, rounded to the nearest (half up).
    qint64 valueOf(qint64 seconds) const { return (seconds * amountMinor + 1800) / 3600; }
    bool operator==(const HourlyValue &other) const = default;
};

} // namespace leverage::outcomes

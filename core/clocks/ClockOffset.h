#pragma once

#include <QString>

namespace leverage::clocks {

// How far a clock runs from its trigger: an amount and a unit. Business days count on the
// calendar of the case's jurisdiction; a billing cycle is taken as one calendar month (the
// monthly statement of a card account, which is what Reg Z's "two billing cycles" means for
// a consumer).
struct ClockOffset
{
    enum class Unit
    {
        Days,
        BusinessDays,
        Weeks,
        Months,
        Years,
        BillingCycles
    };

    int amount = 0;
    Unit unit = Unit::Days;

    bool isNull() const { return amount == 0; }
    friend bool operator==(const ClockOffset &, const ClockOffset &) = default;

    // The key used in rule files ("days", "business_days", …); fromKey accepts only those.
    static QString unitKey(Unit unit);
    static bool unitFromKey(const QString &key, Unit *unit);
    // "30 days", "10 business days", "8 weeks", "6 months".
    QString text() const;
};

} // namespace leverage::clocks

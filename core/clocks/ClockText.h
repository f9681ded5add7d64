#pragma once

#include "core/clocks/CaseClock.h"

#include <QString>

namespace leverage::clocks {

// The words of a clock: the countdown of the case header ("in 12 days", "opened 3 days ago",
// "expired") and the state keys of the command line.
class ClockText final
{
public:
    static QString countdown(const CaseClock &clock, const QDate &today);
    // "waiting", "running", "open", "overdue", "expired" (stable: scripts read them).
    static QString stateKey(CaseClock::State state);
    // A date as the user reads it: "Tue 28 Apr 2026".
    static QString date(const QDate &date);
    // "confirmed" or "unconfirmed".
    static QString confidence(const ClockRule &rule);
    // What the clock counts from: "complaint or dispute made: Tue 3 Feb 2026", or
    // "complaint or dispute made: not yet".
    static QString trigger(const CaseClock &clock);
    // One line for lists and the agenda: "Financial Ombudsman: opens Tue 28 Apr 2026 (in 12 days)".
    static QString summary(const CaseClock &clock, const QDate &today);
};

} // namespace leverage::clocks

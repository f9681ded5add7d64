#pragma once

#include "core/clocks/ClockRule.h"
#include "core/clocks/UserClockRule.h"

#include <QList>
#include <vector>

namespace leverage::clocks {

// The rules in force: the shipped default set (resources/clocks/default-rules.json, compiled
// in) with the user's rows laid over it by rule id.
class ClockRuleSet final
{
public:
    enum class Origin
    {
        Shipped, // as shipped
        Edited,  // a shipped rule the user changed
        Own,     // the user's own (or imported) rule
        Hidden   // a shipped rule the user switched off
    };
    struct Entry
    {
        ClockRule rule;
        Origin origin = Origin::Shipped;
    };

    // The default set, read once from the resource. A broken resource is a build error that
    // ClockRulesTest catches (reading it whole), so here it is simply an empty set.
    static const std::vector<ClockRule> &defaults();
    // Every rule with its origin: shipped order first, then the user's own rules by id.
    static QList<Entry> merged(const std::vector<ClockRule> &shipped,
                               const QList<UserClockRule> &userRows);
    // The rules that count (hidden ones left out).
    static std::vector<ClockRule> inForce(const std::vector<ClockRule> &shipped,
                                          const QList<UserClockRule> &userRows);
};

} // namespace leverage::clocks

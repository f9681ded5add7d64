#pragma once

#include "core/clocks/ClockRule.h"
#include "core/domain/RowMeta.h"

namespace leverage::clocks {

// A row of the workspace's clock_rules table: the user's own rule, the user's edit of a
// shipped rule (same id), or a shipped rule the user switched off (`hidden`). Shipped rules
// themselves are never stored, so a newer default set replaces them while these rows stay.
struct UserClockRule
{
    RowMeta meta;
    QString ruleId; // the stable key: the same as rule.id
    ClockRule rule;
    bool hidden = false;

    friend bool operator==(const UserClockRule &, const UserClockRule &) = default;
};

} // namespace leverage::clocks

#pragma once

#include "core/clocks/UserClockRule.h"
#include "core/store/Repository.h"

namespace leverage {

// The user's own clock rules and edits of shipped ones (issue 19), one row per rule id. Rules
// apply to every case, so a change is announced as a bulk change.
class ClockRuleRepository final : public Repository<clocks::UserClockRule>
{
public:
    explicit ClockRuleRepository(Workspace &workspace);

    Result<QList<clocks::UserClockRule>> all() const;
    // The row of a rule id; a NotFound error when the user has none.
    Result<clocks::UserClockRule> byRuleId(const QString &ruleId) const;
    // Stores many rules in one write (an import): each replaces the user's row of its id.
    Status putAll(const QList<clocks::UserClockRule> &rows);
    // Removes the user's row of a rule id (a shipped rule is back as shipped); none: no-op.
    Status removeRuleId(const QString &ruleId);

protected:
    Status validate(const clocks::UserClockRule &row) const override;
};

} // namespace leverage

#pragma once

#include "core/clocks/ClockTrigger.h"
#include "core/store/Repository.h"

namespace leverage {

// The events the clocks of a case count from (issue 19). A change announces the case as
// changed: its clocks are part of it.
class ClockTriggerRepository final : public Repository<clocks::ClockTrigger>
{
public:
    explicit ClockTriggerRepository(Workspace &workspace);

    Result<QList<clocks::ClockTrigger>> forCase(RowId caseId) const;
    // Every trigger of every case, by case: computing all clocks reads them in one query.
    Result<QList<clocks::ClockTrigger>> all() const;

protected:
    Status validate(const clocks::ClockTrigger &trigger) const override;
};

} // namespace leverage

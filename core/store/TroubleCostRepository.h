#pragma once

#include "core/domain/Ids.h"
#include "core/outcomes/HourlyValue.h"
#include "core/outcomes/OutOfPocketCost.h"
#include "core/util/Result.h"

namespace leverage {

class Workspace;

// What the trouble cost in money (issue 22): a case's out-of-pocket costs (case_costs,
// replaced whole on each edit, as an outcome's items) and the user's hourly value (two keys
// of the settings table). Each write is one transaction and is announced after its commit.
class TroubleCostRepository final
{
public:
    explicit TroubleCostRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<outcomes::OutOfPocketCosts> costs(RowId caseId) const;
    // The case's costs become `costs`, in this order (a case's change is announced).
    Status setCosts(RowId caseId, const outcomes::OutOfPocketCosts &costs);

    // Not set (the default) until the user sets one.
    Result<outcomes::HourlyValue> hourlyValue() const;
    // A value not set removes the setting. Every case's figures change: announced as a bulk
    // change.
    Status setHourlyValue(const outcomes::HourlyValue &value);

private:
    Workspace &m_workspace;
};

} // namespace leverage

#pragma once

#include "ui/models/outcomes/CaseOutcomeCommand.h"

namespace leverage::models {

// Closes a case with an outcome, the items received and what resolved it (issue 22). Closing
// a case that is closed already replaces its outcome. Undo puts back the status and the
// record there were (none, or the reopened one).
class CloseCaseCommand final : public CaseOutcomeCommand
{
public:
    CloseCaseCommand(Workspace &workspace, outcomes::CaseOutcome record);

protected:
    Result<State> after(const State &before) const override;

private:
    outcomes::CaseOutcome m_record;
};

} // namespace leverage::models

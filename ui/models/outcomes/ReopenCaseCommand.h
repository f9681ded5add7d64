#pragma once

#include "ui/models/outcomes/CaseOutcomeCommand.h"

namespace leverage::models {

// Reopens a case closed with an outcome: the case is open again and its record says when it
// was reopened (the items received stay). Undo closes it again as it was.
class ReopenCaseCommand final : public CaseOutcomeCommand
{
public:
    ReopenCaseCommand(Workspace &workspace, RowId caseId, Instant reopenedAt);

protected:
    Result<State> after(const State &before) const override;

private:
    Instant m_reopenedAt;
};

} // namespace leverage::models

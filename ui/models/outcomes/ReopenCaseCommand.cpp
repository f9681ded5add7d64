#include "ui/models/outcomes/ReopenCaseCommand.h"

#include <QCoreApplication>

namespace leverage::models {

ReopenCaseCommand::ReopenCaseCommand(Workspace &workspace, RowId caseId, Instant reopenedAt)
    : CaseOutcomeCommand(workspace, caseId,
                         QCoreApplication::translate("leverage::models", "Reopen case")),
      m_reopenedAt(reopenedAt)
{
}

auto ReopenCaseCommand::after(const State &before) const -> Result<State>
{
    if (!before.record || !before.record->isClosed())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage::models",
                                                 "This case is not closed with an outcome.")};
    State next{before.record, CaseStatus::Open};
    next.record->reopenedAt = m_reopenedAt;
    return next;
}

} // namespace leverage::models

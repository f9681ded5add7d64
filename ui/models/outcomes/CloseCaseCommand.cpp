#include "ui/models/outcomes/CloseCaseCommand.h"

#include <QCoreApplication>

namespace leverage::models {

CloseCaseCommand::CloseCaseCommand(Workspace &workspace, outcomes::CaseOutcome record)
    : CaseOutcomeCommand(
          workspace, record.caseId,
          QCoreApplication::translate("leverage::models", "Close case with outcome")),
      m_record(std::move(record))
{
    m_record.reopenedAt = {};
}

auto CloseCaseCommand::after(const State &) const -> Result<State>
{
    if (m_record.closedAt.isNull())
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("leverage::models", "Say when the case was closed.")};
    return State{m_record, CaseStatus::Closed};
}

} // namespace leverage::models

#include "ui/models/outcomes/CaseOutcomeCommand.h"

#include "core/store/CaseRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models {

CaseOutcomeCommand::CaseOutcomeCommand(Workspace &workspace, RowId caseId, const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_caseId(caseId)
{
}

Status CaseOutcomeCommand::doRedo()
{
    if (!m_before) {
        auto theCase = m_workspace.cases().get(m_caseId);
        if (!theCase)
            return theCase.status();
        auto record = OutcomeRepository(m_workspace).get(m_caseId);
        if (!record)
            return record.status();
        State before{*record, theCase->status};
        auto next = after(before);
        if (!next)
            return next.status();
        m_after = *next;
        if (auto status =
                OutcomeRepository(m_workspace).setState(m_caseId, m_after.record, m_after.status);
            !status)
            return status;
        m_before = before;
        return {};
    }
    return OutcomeRepository(m_workspace).setState(m_caseId, m_after.record, m_after.status);
}

Status CaseOutcomeCommand::doUndo()
{
    return OutcomeRepository(m_workspace).setState(m_caseId, m_before->record, m_before->status);
}

} // namespace leverage::models

#include "ui/models/escalation/commands/Escalate.h"

#include <QCoreApplication>

namespace leverage::models {

Escalate::Escalate(Workspace &workspace, RowId caseId, const EscalationService::Attempt &attempt)
    : UndoCommand(QCoreApplication::translate("leverage", "Escalate")), m_workspace(workspace),
      m_caseId(caseId), m_attempt(attempt)
{
}

Status Escalate::doRedo()
{
    EscalationService service(m_workspace);
    if (m_done)
        return service.redoEscalation(m_escalation);
    auto result = service.escalate(m_caseId, m_attempt);
    if (!result)
        return result.status();
    m_escalation = *result;
    m_done = true;
    return {};
}

Status Escalate::doUndo()
{
    return EscalationService(m_workspace).undoEscalation(m_escalation);
}

} // namespace leverage::models

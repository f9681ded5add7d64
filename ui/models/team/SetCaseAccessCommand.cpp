#include "ui/models/team/SetCaseAccessCommand.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {

SetCaseAccessCommand::SetCaseAccessCommand(Workspace &workspace, RowId caseId, CaseAccess access)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Set Who May See the Case")),
      m_workspace(workspace), m_caseId(caseId), m_after(std::move(access))
{
    m_after.advocates.sort();
}

Status SetCaseAccessCommand::doRedo()
{
    CaseAccessRepository repository(m_workspace);
    if (!m_before) {
        auto stored = repository.get(m_caseId);
        if (!stored)
            return stored.status();
        m_before = *stored;
    }
    return repository.set(m_caseId, m_after);
}

Status SetCaseAccessCommand::doUndo()
{
    return CaseAccessRepository(m_workspace).set(m_caseId, *m_before);
}

Result<CaseAccess> readCaseAccess(Workspace &workspace, RowId caseId)
{
    return CaseAccessRepository(workspace).get(caseId);
}

} // namespace leverage::models

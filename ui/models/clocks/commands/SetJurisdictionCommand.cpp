#include "ui/models/clocks/commands/SetJurisdictionCommand.h"

#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage::models {

SetJurisdictionCommand::SetJurisdictionCommand(Workspace &workspace, RowId caseId,
                                               clocks::CaseJurisdiction after)
    : UndoCommand(QCoreApplication::translate("leverage", "Set the case's jurisdiction")),
      m_workspace(workspace), m_caseId(caseId), m_after(std::move(after))
{
}

Status SetJurisdictionCommand::doRedo()
{
    CaseJurisdictionRepository places(m_workspace);
    if (!m_before) {
        auto before = places.get(m_caseId);
        if (!before)
            return before.status();
        m_before = *before;
    }
    return places.set(m_caseId, m_after);
}

Status SetJurisdictionCommand::doUndo()
{
    return CaseJurisdictionRepository(m_workspace).set(m_caseId, *m_before);
}

} // namespace leverage::models

#pragma once

#include "core/store/CaseAccessRepository.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Marks a case private (or not) and sets its advocates: one undo step, whose undo puts back
// what was stored before.
class SetCaseAccessCommand final : public UndoCommand
{
public:
    SetCaseAccessCommand(Workspace &workspace, RowId caseId, CaseAccess access);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    CaseAccess m_after;
    std::optional<CaseAccess> m_before;
};

// A case's privacy and advocates as stored (for the case dialog).
Result<CaseAccess> readCaseAccess(Workspace &workspace, RowId caseId);

} // namespace leverage::models

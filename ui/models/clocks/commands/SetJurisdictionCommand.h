#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/domain/Ids.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Sets a case's jurisdiction and sector (which clock rules apply); undo puts the old ones back.
class SetJurisdictionCommand final : public UndoCommand
{
public:
    SetJurisdictionCommand(Workspace &workspace, RowId caseId, clocks::CaseJurisdiction after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    clocks::CaseJurisdiction m_after;
    std::optional<clocks::CaseJurisdiction> m_before;
};

} // namespace leverage::models

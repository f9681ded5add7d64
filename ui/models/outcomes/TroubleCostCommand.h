#pragma once

#include "core/domain/Ids.h"
#include "core/outcomes/HourlyValue.h"
#include "core/outcomes/OutOfPocketCost.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the trouble cost in money (issue 22): a case's out-of-pocket costs and the user's
// hourly value, as one dialog edits them, in one step. The first redo reads what there was;
// only the part that changed is written (a new hourly value changes every case's figures).
class TroubleCostCommand final : public UndoCommand
{
public:
    struct Costs
    {
        outcomes::OutOfPocketCosts costs;
        outcomes::HourlyValue hourly;
    };

    TroubleCostCommand(Workspace &workspace, RowId caseId, Costs after);

    // What the case's costs and the hourly value are now, as the dialog starts from.
    static Result<Costs> read(Workspace &workspace, RowId caseId);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const Costs &to, const Costs &from);

    Workspace &m_workspace;
    RowId m_caseId;
    std::optional<Costs> m_before;
    Costs m_after;
};

} // namespace leverage::models

#pragma once

#include "core/domain/CaseStatus.h"
#include "core/outcomes/CaseOutcome.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The shared undo of closing and reopening a case: the case's status and outcome record
// before, the ones after, each written in one call. The first redo reads the state before and
// asks the subclass for the state after; later redos and undos write the kept states.
class CaseOutcomeCommand : public UndoCommand
{
public:
    RowId caseId() const { return m_caseId; }

protected:
    struct State
    {
        std::optional<outcomes::CaseOutcome> record;
        CaseStatus status = CaseStatus::Open;
    };

    CaseOutcomeCommand(Workspace &workspace, RowId caseId, const QString &text);
    // The state after this edit, from the state before; an error refuses the edit.
    virtual Result<State> after(const State &before) const = 0;

    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    std::optional<State> m_before;
    State m_after;
};

} // namespace leverage::models

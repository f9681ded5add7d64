#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Sets the account / order / policy numbers a case's letters quote. Undo puts back the list.
class EditCaseNumbersCommand final : public UndoCommand
{
public:
    EditCaseNumbersCommand(Workspace &workspace, RowId caseId, QList<CaseNumber> after);

    static Result<QList<CaseNumber>> read(Workspace &workspace, RowId caseId);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    RowId m_caseId;
    QList<CaseNumber> m_after;
    std::optional<QList<CaseNumber>> m_before;
};

} // namespace leverage::models

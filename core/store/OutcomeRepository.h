#pragma once

#include "core/domain/CaseStatus.h"
#include "core/outcomes/CaseOutcome.h"
#include "core/util/Result.h"

#include <optional>

namespace leverage {

class Workspace;

// A case's outcome record and its items (issue 22), with the case's status, written together.
class OutcomeRepository final
{
public:
    explicit OutcomeRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The case's outcome record (closed or reopened), or none.
    Result<std::optional<outcomes::CaseOutcome>> get(RowId caseId) const;
    // The case's status and outcome record as given, in one write: closing, reopening and
    // the undo of either are each one call. No record removes the one there was.
    Status setState(RowId caseId, const std::optional<outcomes::CaseOutcome> &record,
                    CaseStatus status);
    // Puts back a record as it was, leaving the case's row alone (the undo of a removal,
    // which restores the case with its status first).
    Status restore(const outcomes::CaseOutcome &record);

private:
    Status writeRecord(const outcomes::CaseOutcome &record);

    Workspace &m_workspace;
};

} // namespace leverage

#include "ui/models/outcomes/CaseOutcomeLine.h"

#include "core/outcomes/OutcomeSummary.h"
#include "core/store/OutcomeRepository.h"

namespace leverage::models {

Result<QString> caseOutcomeLine(Workspace &workspace, const Case &theCase)
{
    auto record = OutcomeRepository(workspace).get(theCase.meta.id);
    if (!record)
        return record.error();
    if (!*record)
        return QString();
    return outcomes::OutcomeSummary::line(**record, theCase.amountSoughtCents, theCase.currency);
}

} // namespace leverage::models

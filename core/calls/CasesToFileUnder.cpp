#include "core/calls/CasesToFileUnder.h"

#include "core/store/Workspace.h"

#include <algorithm>

namespace leverage {

Result<QList<CaseSummary>> casesToFileUnder(Workspace &workspace, RowId organizationId, int limit)
{
    auto page = workspace.cases().page(CaseQuery{}, 0, limit);
    if (!page)
        return page.error();
    QList<CaseSummary> cases = *page;
    std::stable_partition(cases.begin(), cases.end(), [organizationId](const CaseSummary &c) {
        return c.caseData.organizationId == organizationId;
    });
    return cases;
}

} // namespace leverage

#pragma once

#include "core/store/CaseRepository.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

class Workspace;

// The cases a call without a case can be filed under, for the end-of-call form: the call's
// organization's cases first, then every other, each group in the cases list's order (most
// recently active first); at most `limit` of them in all.
Result<QList<CaseSummary>> casesToFileUnder(Workspace &workspace, RowId organizationId,
                                            int limit = 500);

} // namespace leverage

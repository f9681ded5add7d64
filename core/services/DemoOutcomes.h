#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <functional>

namespace leverage {

class Workspace;

// The demo's closed cases get their outcomes (issue 22), so the Outcomes window is not empty
// on first look: the hotel reimbursement (a refund and a voucher, won at the executive
// office) and the DSL install (a goodwill credit from the manager). `caseId` gives a demo
// case's id by its handle ("hotel", "dsl").
Status addDemoOutcomes(Workspace &workspace, const std::function<RowId(const char *)> &caseId);

} // namespace leverage

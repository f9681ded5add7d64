#pragma once

#include "core/domain/Case.h"
#include "core/util/Result.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The case header's outcome line (outcomes::OutcomeSummary), empty for a case never closed
// with an outcome.
Result<QString> caseOutcomeLine(Workspace &workspace, const Case &theCase);

} // namespace leverage::models

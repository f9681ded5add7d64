#pragma once

#include "core/domain/Case.h"
#include "core/util/Result.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The case header's outcome line (outcomes::OutcomeSummary) and what the case cost
// (outcomes::Trouble::sentence), empty for a case never closed
// with an outcome.
Result<QString> caseOutcomeLine(Workspace &workspace, const Case &theCase);

// What was received, from the outcome's items (the one source of truth once a case has an
// outcome), per currency: "$212.00 + €20.00", empty when nothing was. None: the case has no
// outcome record, and only the amount recorded on the case before outcomes existed counts.
Result<std::optional<QString>> caseReceivedText(Workspace &workspace, const Case &theCase);

} // namespace leverage::models

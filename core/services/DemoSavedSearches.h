#pragma once

#include "core/util/Result.h"

namespace leverage {

class Workspace;

// The demo's saved searches (issue 20), smart lists in the cases pane from the first look:
// every broken promise at Atlas Airways, the promises still pending, the calls where the
// reference number had to be asked for.
Status addDemoSavedSearches(Workspace &workspace);

} // namespace leverage

#pragma once

#include "core/store/ServerAddress.h"

namespace leverage {

class Workspace;

// The address and login a team workspace was opened with (a typed password included, in
// memory only), for a reader thread's own connection to the same server; empty for a file.
ServerAddress serverLoginOf(const Workspace &workspace);

} // namespace leverage

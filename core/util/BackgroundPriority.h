#pragma once

namespace leverage {

// Lowers the calling thread's processor and disk priority, for work nobody waits for (the
// automatic backup: a copy and an integrity check of the whole workspace): on a busy machine
// the window's thread then gets a processor first. Best effort; a thread cannot raise it again.
void lowerCurrentThreadPriority();

} // namespace leverage

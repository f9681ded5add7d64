#pragma once

#include "core/util/Result.h"

#include <QString>

namespace leverage {
class Workspace;
}

namespace leverage::bench {

struct LargeWorkspaceSize
{
    int organizations = 500;
    int contacts = 20'000;
    int cases = 10'000;
    int entries = 1'000'000;
    int heavyCaseEntries = 10'000; // case 1: the one a benchmark opens
    // Entries with text as varied as a person's (summaries, notes from a few thousand words,
    // names, reference numbers like 77-310-5521) instead of one repeated line: for search,
    // where one line in a million rows measures nothing.
    bool variedText = false;
};

// Fills an empty workspace with a heavy user's years of data, through the repositories'
// bulk path (the same one imports use).
Status generateLargeWorkspace(Workspace &workspace, const LargeWorkspaceSize &size);

} // namespace leverage::bench

#pragma once

#include "core/archive/ArchiveEntry.h"
#include "core/util/Result.h"

namespace leverage {

// The first entry of a workspace archive, "leverage-manifest.json": the format and version,
// and every other entry's path, size and SHA-256. "workspace.leverage" is the workspace; files
// under "attachments/" join it as they come, each listed the same way.
class ArchiveManifest final
{
public:
    static const QString &entryName();
    static const QString &workspaceName();
    static const QString &attachmentsPrefix();

    // The manifest entry for `files`.
    static ArchiveEntry describe(const ArchiveEntries &files);
    // Checks `entries` (as read) against their manifest: every sum, every size, nothing
    // missing and nothing extra. Returns the files without the manifest.
    static Result<ArchiveEntries> verify(const ArchiveEntries &entries);
};

} // namespace leverage

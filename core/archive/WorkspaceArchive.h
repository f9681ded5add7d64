#pragma once

#include "core/archive/ArchiveEntry.h"
#include "core/util/Result.h"

namespace leverage {

// The portable archive of a workspace: one tar file (optionally encrypted with a passphrase,
// see ArchiveCipher) holding a consistent copy of the workspace, its attachments folder if it
// has one, and a manifest of SHA-256 sums (ArchiveManifest). Import checks everything before
// it writes anything and restores only into a new file. Meant to run off the GUI thread.
class WorkspaceArchive final
{
public:
    using Limits = ArchiveLimits;

    // Where a workspace's attachments live: "NAME-attachments" beside "NAME.leverage".
    static QString attachmentsFolder(const QString &workspacePath);

    // Whether the file at `path` starts like an encrypted archive (then import needs a
    // passphrase).
    static bool isEncryptedFile(const QString &path);

    // Writes the archive of `workspace` to `archivePath` (0600, replaced whole or not at all);
    // encrypted when `passphrase` is not empty. The workspace is only read.
    static Status exportTo(const QString &workspace, const QString &archivePath,
                           const QByteArray &passphrase = {});
    // The checked files of an archive's bytes; every refusal says why in words.
    static Result<ArchiveEntries> read(const QByteArray &file, const QByteArray &passphrase,
                                       const Limits &limits = {});
    // Checks the archive, then restores it into the new file `destination` (never replaced).
    static Status importFrom(const QString &archivePath, const QString &destination,
                             const QByteArray &passphrase = {}, const Limits &limits = {});
};

} // namespace leverage

#pragma once

#include "core/util/Result.h"

// The sentences a workspace archive's reader and writer give a person: each says what is wrong
// and what to do. Nothing is ever written when one of the refusals is returned.
namespace leverage::archivemessages {

Error notOurs();
Error damaged();
Error checksum(const QString &path);
Error link(const QString &path);
Error notAFile(const QString &path);
Error unsafePath(const QString &path);
Error oversized(const QString &path, qint64 limit);
Error wrongPassphrase();
Error needsPassphrase();
Error newerVersion();
Error destinationExists(const QString &path);
Error notReadable(const QString &path);
Error notAWorkspace(const QString &path);
Error notWritten();
Error notRestored(const QString &path);

} // namespace leverage::archivemessages

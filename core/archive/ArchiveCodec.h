#pragma once

#include "core/archive/ArchiveEntry.h"
#include "core/util/Result.h"

namespace leverage {

// The tar (ustar) container of a workspace archive, written and read through libarchive.
// Written one canonical way (plain files, 0600, no owner, time 0), so that a reader can tell
// any other byte for damage. The reader takes plain files only and refuses, with a reason a
// person can act on, links, unsafe names and entries over `maxEntryBytes`.
class ArchiveCodec final
{
public:
    static Result<QByteArray> write(const ArchiveEntries &entries);
    static Result<ArchiveEntries> read(const QByteArray &bytes, qint64 maxEntryBytes);
    // A relative path of plain names: no "..", ".", empty part, backslash or leading "/".
    static bool isSafePath(const QString &path);
};

} // namespace leverage

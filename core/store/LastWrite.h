#pragma once

#include "core/domain/RowMeta.h"
#include "core/util/Result.h"

#include <QString>

namespace leverage {

class Workspace;

// Who last wrote a row and when: on a server the login it recorded (changed_by, filled by the
// database itself), on a file nobody (one user). What a conflict dialog says of the other
// version.
struct LastWrite
{
    QString by;
    qint64 atMs = 0;
};

// `table` is one of the store's tables with changed_by (a name from the program, never typed).
Result<LastWrite> lastWriteOf(Workspace &workspace, const QString &table, RowId id);

} // namespace leverage

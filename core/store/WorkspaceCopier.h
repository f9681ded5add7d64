#pragma once

#include "core/util/Result.h"

#include <QString>
#include <functional>

namespace leverage {

class Workspace;

// Copies every row of a file workspace into an empty team workspace on a server, in one
// transaction: the server's tables are filled in an order their links allow, then every
// table's row count and a hash of its rows are compared on both sides before the commit.
// On any failure nothing of the copy stays (the server database remains an empty workspace).
class WorkspaceCopier final
{
public:
    struct TableCopied
    {
        QString table;
        qint64 rows = 0;
        QString sha256; // of the table's rows, the same on both sides
    };
    using Progress = std::function<void(const TableCopied &)>;

    // `from` is opened read-only; `to` must be an up-to-date workspace with no rows yet.
    static Result<QList<TableCopied>> copy(Workspace &from, Workspace &to,
                                           const Progress &progress = {});
};

} // namespace leverage

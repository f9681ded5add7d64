#pragma once

#include "core/util/Result.h"

#include <QString>
#include <functional>

namespace leverage {

class Workspace;

// Copies every row of a file workspace into an empty team workspace on a server (migrate), or
// of a team workspace into a new, empty file (export), in one transaction: the tables are
// filled in an order their links allow, then every table's row count and a hash of its rows
// are compared on both sides before the commit. On any failure nothing of the copy stays
// (the copy remains an empty workspace). Each side's search index is kept by its own triggers.
class WorkspaceCopier final
{
public:
    struct TableCopied
    {
        QString table;
        qint64 rows = 0;
        QString sha256; // of the table's rows, the same on both sides
        // False while a large table is still being copied (rows so far, no hash yet).
        bool checked = true;
    };
    // Called as each table is checked, and every 100,000 rows of a large one while it copies.
    using Progress = std::function<void(const TableCopied &)>;

    // `from` is opened read-only; `to` must be an up-to-date workspace with no rows yet, of
    // the other engine.
    static Result<QList<TableCopied>> copy(Workspace &from, Workspace &to,
                                           const Progress &progress = {});
};

} // namespace leverage

#pragma once

#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

namespace leverage::models {

// A command step that writes several rows: `write` runs inside one write transaction, and
// `committed` (forgetting what the step undid) only once that transaction is committed, so a
// refused step leaves the store and the command as they were.
template <typename Write, typename Committed>
Status inOneWrite(Workspace &workspace, Write &&write, Committed &&committed)
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = write(); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    committed();
    return {};
}

} // namespace leverage::models

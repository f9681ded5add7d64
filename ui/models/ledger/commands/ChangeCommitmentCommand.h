#pragma once

#include "core/domain/Commitment.h"
#include "ui/models/ledger/commands/LedgerCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models::ledger {

// Sets a commitment's content from `before` to `after` and back (status, note, when it
// changed …). The stored row's identity and version are kept, so the store's optimistic
// check sees the current version each time.
class ChangeCommitmentCommand final : public LedgerCommand
{
public:
    ChangeCommitmentCommand(Workspace &workspace, Commitment before, Commitment after,
                            const QString &text);

protected:
    Status doRedo() override { return write(m_after); }
    Status doUndo() override { return write(m_before); }

private:
    Status write(const Commitment &content);

    Workspace &m_workspace;
    Commitment m_before;
    Commitment m_after;
};

} // namespace leverage::models::ledger

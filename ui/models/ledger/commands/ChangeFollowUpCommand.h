#pragma once

#include "core/domain/FollowUp.h"
#include "ui/models/ledger/commands/LedgerCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models::ledger {

// Sets a follow-up's content from `before` to `after` and back (done, snoozed until …),
// keeping the stored row's identity and current version.
class ChangeFollowUpCommand final : public LedgerCommand
{
public:
    ChangeFollowUpCommand(Workspace &workspace, FollowUp before, FollowUp after,
                          const QString &text);

protected:
    Status doRedo() override { return write(m_after); }
    Status doUndo() override { return write(m_before); }

private:
    Status write(const FollowUp &content);

    Workspace &m_workspace;
    FollowUp m_before;
    FollowUp m_after;
};

} // namespace leverage::models::ledger

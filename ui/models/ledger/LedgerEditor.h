#pragma once

#include "core/domain/Commitment.h"
#include "core/domain/FollowUp.h"
#include "core/util/Result.h"
#include "ui/models/undo/UndoPusher.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The ledger's edits, each an undo command pushed through the one UndoPusher: settling a
// promise, marking a follow-up done, snoozing it, adding one. Each runs at once and reaches
// the stack only if it worked, so the returned Status can be shown to the user; a later undo
// or redo that fails drops the step and goes to the ErrorReporter. A thin feature API: it
// knows what each ledger action changes (the clock's now, the words on the Edit menu).
class LedgerEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerEditor)

public:
    LedgerEditor(Workspace &workspace, QUndoStack &undoStack, ErrorReporter &reporter,
                 QObject *parent = nullptr);

    Workspace &workspace() { return m_workspace; }

    // Kept, broken or withdrawn (or back to pending), with a note and the clock's now.
    Status setCommitmentStatus(RowId commitmentId, CommitmentStatus status, const QString &note);
    Status markFollowUpDone(RowId followUpId);
    Status snoozeFollowUp(RowId followUpId, const QDateTime &until);
    // Stores `followUp` (its id is filled in).
    Status addFollowUp(FollowUp &followUp);

    // What to chase after a broken promise: due the next business day at the same time,
    // linked to the promise, its person and case. Not stored.
    FollowUp followUpForBrokenPromise(const Commitment &commitment) const;

private:
    Workspace &m_workspace;
    UndoPusher m_pusher;
};

} // namespace leverage::models

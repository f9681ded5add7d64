#pragma once

#include "core/domain/Commitment.h"
#include "core/domain/FollowUp.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models::ledger {

class LedgerCommand;

// The ledger's edits, each an undo command on the workspace's stack: settling a promise,
// marking a follow-up done, snoozing it, adding one. Each runs at once and is pushed only if
// it worked, so the returned Status can be shown to the user; a later undo or redo that
// fails is reported through errorOccurred.
class LedgerEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerEditor)

public:
    LedgerEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

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

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Status run(std::unique_ptr<LedgerCommand> command);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
};

} // namespace leverage::models::ledger

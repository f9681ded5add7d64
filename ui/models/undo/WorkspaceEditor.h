#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/services/RemovalSnapshot.h"

#include <QObject>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The one way the user's edits reach the store: each call builds an undo command, runs its
// first redo at once and pushes it on the stack only if that succeeded, returning the Status
// so a dialog can show the sentence. A later undo or redo that fails (the row was changed
// elsewhere, the disk is full) is reported through errorOccurred; the stack is left as is.
class WorkspaceEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEditor)

public:
    WorkspaceEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack &undoStack() const { return m_undoStack; }

    // add* fills in the stored value's id and meta on success.
    Status addCase(Case &value);
    Status updateCase(const Case &value);
    Status removeCase(RowId caseId);

    Status addOrganization(Organization &value);
    Status updateOrganization(const Organization &value);
    Status removeOrganization(RowId organizationId);

    Status addContact(Contact &value);
    Status updateContact(const Contact &value);
    Status removeContact(RowId contactId);

    Status addEntry(TimelineEntry &value);
    Status updateEntry(const TimelineEntry &value);
    Status removeEntry(RowId entryId);

    Status addCommitment(Commitment &value);
    Status updateCommitment(const Commitment &value);
    Status removeCommitment(RowId commitmentId);

    // What a removal would take with it, for "This will also remove 12 entries…  Remove?".
    Result<RemovalImpact> caseRemovalImpact(RowId caseId) const;
    Result<RemovalImpact> organizationRemovalImpact(RowId organizationId) const;
    Result<RemovalImpact> contactRemovalImpact(RowId contactId) const;

Q_SIGNALS:
    // An undo or redo failed; the message is a sentence for the user.
    void errorOccurred(const QString &message);

private:
    Workspace &m_workspace;
    QUndoStack &m_undoStack;
};

} // namespace leverage::models

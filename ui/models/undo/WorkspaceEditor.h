#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "ui/models/undo/UndoPusher.h"

#include <QObject>
#include <optional>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The edits of cases, organizations, contacts, entries and commitments: each call builds an
// undo command and pushes it through the one UndoPusher, returning the Status so a dialog can
// show the sentence. A later undo or redo that fails (the row was changed elsewhere, the disk
// is full) drops the step and goes to the ErrorReporter.
class WorkspaceEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEditor)

public:
    WorkspaceEditor(Workspace &workspace, QUndoStack &undoStack, ErrorReporter &reporter,
                    QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack &undoStack() const { return m_pusher.stack(); }
    const UndoPusher &pusher() const { return m_pusher; }

    // add* fills in the stored value's id and meta on success.
    Status addCase(Case &value);
    // A case under a new organization typed in the case form: both added as one undo step;
    // on success both are filled in and the case names the organization.
    Status addCase(Case &value, Organization &newOrganization);
    Status updateCase(const Case &value);
    // The case's fields and its organizations (roles, referrals) as one undo step; rows naming
    // an id -(n + 1) name newOrganizations[n], added with the edit.
    Status updateCase(const Case &value, const QList<CaseOrganization> &organizations,
                      const QList<Organization> &newOrganizations = {});
    Status removeCase(RowId caseId);

    Status addOrganization(Organization &value);
    Status updateOrganization(const Organization &value);
    Status removeOrganization(RowId organizationId);

    Status addContact(Contact &value);
    Status updateContact(const Contact &value);
    Status removeContact(RowId contactId);

    Status addEntry(TimelineEntry &value);
    Status updateEntry(const TimelineEntry &value);
    // The entry form's save: the entry, everyone else on it (participants, copies) and, when
    // given, the typed person made a contact, as one undo step. Fills in value (and the
    // contact) on success.
    Status saveEntry(TimelineEntry &value, const QList<EntryParticipant> &people,
                     std::optional<Contact> &newContact);
    Status removeEntry(RowId entryId);

    Status addCommitment(Commitment &value);
    Status updateCommitment(const Commitment &value);
    Status removeCommitment(RowId commitmentId);

    // What a removal would take with it, for "This will also remove 12 entries…  Remove?".
    Result<RemovalImpact> caseRemovalImpact(RowId caseId) const;
    Result<RemovalImpact> organizationRemovalImpact(RowId organizationId) const;
    Result<RemovalImpact> contactRemovalImpact(RowId contactId) const;

private:
    Workspace &m_workspace;
    UndoPusher m_pusher;
};

} // namespace leverage::models

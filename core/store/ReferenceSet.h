#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// The nullable links (ON DELETE SET NULL) that point to a contact or an organization: what a
// delete would clear and its undo must put back. Restoring a link is not an edit: it leaves
// the row's version and updated time as they were before the delete.
class ReferenceSet final
{
public:
    struct Reference
    {
        QString table;  // one of the known referring tables, never user input
        QString column; // contact_id, supervisor_id, organization_id, entry_id, commitment_id,
                        // resolved_by_*_id
        RowId rowId = 0;
        RowId target = 0;
        RowId caseId = 0; // the case the referring row belongs to, for change signals
        friend bool operator==(const Reference &, const Reference &) = default;
    };
    // A case's involvement of an organization (case_organizations), and who referred it.
    struct Involvement
    {
        RowId caseId = 0;
        RowId organizationId = 0;
        QString role;
        RowId referredById = 0;
        int position = 0;
        friend bool operator==(const Involvement &, const Involvement &) = default;
    };

    // Rows whose contact_id or supervisor_id point to the contact.
    static Result<QList<Reference>> toContact(Workspace &workspace, RowId contactId);
    // Commitments made in the entry (entry_id), follow-ups of the commitment (commitment_id).
    static Result<QList<Reference>> toEntry(Workspace &workspace, RowId entryId);
    static Result<QList<Reference>> toCommitment(Workspace &workspace, RowId commitmentId);
    // The case outcome that names the escalation step / the letter as what resolved it.
    static Result<QList<Reference>> toStep(Workspace &workspace, RowId stepId);
    static Result<QList<Reference>> toLetter(Workspace &workspace, RowId letterId);
    // Cases and escalation steps whose organization_id points to the organization.
    static Result<QList<Reference>> toOrganization(Workspace &workspace, RowId organizationId);
    // The cases' rows of the organization and those it referred (their referral is cleared).
    static Result<QList<Involvement>> involvementsOf(Workspace &workspace, RowId organizationId);
    // How many rows point to the contact / organization, for a confirmation question.
    static Result<qint64> countToContact(Workspace &workspace, RowId contactId);
    static Result<qint64> countToOrganization(Workspace &workspace, RowId organizationId);

    // Sets each link back inside the current write (join one: restores are all or nothing).
    static Status restore(Workspace &workspace, const QList<Reference> &references);
    static Status restore(Workspace &workspace, const QList<Involvement> &involvements);
    // Seals again the sealed rows whose link a delete just cleared or a restore put back
    // (SealChain::Action::Relink), inside the current write.
    static Status sealRelinked(Workspace &workspace, const QList<Reference> &references);
    // Announces, after the current write commits, that the referring rows changed (their link
    // was cleared or put back): the store's foreign keys do it silently.
    static void notifyChanged(Workspace &workspace, const QList<Reference> &references);
};

} // namespace leverage

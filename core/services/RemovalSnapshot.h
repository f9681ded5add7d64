#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/clocks/ClockTrigger.h"
#include "core/domain/CallDraft.h"
#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/FollowUp.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/letters/Letter.h"
#include "core/outcomes/CaseOutcome.h"
#include "core/outcomes/OutOfPocketCost.h"
#include "core/services/RemovalImpact.h"
#include "core/store/CaseRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/ReferenceSet.h"
#include "core/store/TimelineRepository.h"

#include <QList>

namespace leverage {

class Workspace;

// Everything a delete would remove (by cascade) or unlink (by SET NULL), read in one
// transaction, so that the delete can be undone exactly: restore() puts every row back with
// its original id, uuid, timestamps and version, and re-links the references, in one write.
class RemovalSnapshot final
{
public:
    enum class Kind
    {
        Case,
        Organization,
        Contact,
        Entry,
        Commitment
    };

    // A case's entries (with participants), commitments, follow-ups, escalation steps,
    // involved organizations and call drafts; its jurisdiction and clock triggers (issue 19);
    // its letters and the numbers they quote (issue 18); its outcome and out-of-pocket costs
    // (issue 22).
    static Result<RemovalSnapshot> captureCase(Workspace &workspace, RowId caseId);
    // An organization's contacts (and everything referring to them), its links, the cases
    // that name it and the steps and involvements that point to it.
    static Result<RemovalSnapshot> captureOrganization(Workspace &workspace, RowId organizationId);
    // The rows whose contact_id or supervisor_id point to the contact.
    static Result<RemovalSnapshot> captureContact(Workspace &workspace, RowId contactId);
    // An entry with its participants and the commitments that name it.
    static Result<RemovalSnapshot> captureEntry(Workspace &workspace, RowId entryId);
    // A commitment and the follow-ups that name it.
    static Result<RemovalSnapshot> captureCommitment(Workspace &workspace, RowId commitmentId);
    static Result<RemovalSnapshot> capture(Workspace &workspace, Kind kind, RowId id);

    // Captures and removes in one write: what the delete took is exactly what was captured.
    static Result<RemovalSnapshot> take(Workspace &workspace, Kind kind, RowId id);

    // Counts straight from the store, cheaper than a capture, for the confirmation question.
    static Result<RemovalImpact> impactOf(Workspace &workspace, Kind kind, RowId id);

    Kind kind() const { return m_kind; }
    RowId rootId() const { return m_rootId; }
    RemovalImpact impact() const;
    // How many rows and links restore() writes besides the root.
    qsizetype rowCount() const;

    // Deletes the root row; the store's foreign keys cascade and null the rest.
    Status remove(Workspace &workspace) const;
    // Puts back every captured row and link in one write transaction.
    Status restore(Workspace &workspace) const;

    // The captured rows, for tests and for the confirmation dialog. A removed entry or
    // commitment is the only row of `entries` or `commitments`.
    std::optional<Case> caseRow;
    std::optional<Organization> organizationRow;
    std::optional<Contact> contactRow;
    QList<Contact> contacts; // an organization's people, supervisors first
    QList<TimelineEntry> entries;
    QList<QPair<RowId, QList<EntryParticipant>>> participants; // per removed entry
    QList<Commitment> commitments;
    QList<FollowUp> followUps;
    QList<EscalationStep> escalationSteps;
    QList<CallDraft> callDrafts;
    std::optional<clocks::CaseJurisdiction> jurisdiction; // a removed case's
    QList<clocks::ClockTrigger> clockTriggers;
    QList<Letter> letters;
    QList<CaseNumber> caseNumbers;
    std::optional<outcomes::CaseOutcome> outcome;  // a removed case's
    outcomes::OutOfPocketCosts costs;              // a removed case's, out of pocket
    QList<CaseOrganization> involvedOrganizations; // a removed case's
    QList<ReferenceSet::Involvement> involvements; // cases that involve a removed organization
    QList<OrganizationLink> links;
    QList<ReferenceSet::Reference> references; // links the delete sets to NULL

private:
    RemovalSnapshot(Kind kind, RowId rootId) : m_kind(kind), m_rootId(rootId) {}
    template <typename Fill>
    static Result<RemovalSnapshot> captureWith(Workspace &workspace, Kind kind, RowId id,
                                               Fill fill);
    Status restoreRows(Workspace &workspace) const;

    Kind m_kind;
    RowId m_rootId;
};

} // namespace leverage

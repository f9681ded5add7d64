#include "core/services/RemovalSnapshot.h"

#include "core/store/CallDraftRepository.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TroubleCostRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QSet>
#include <initializer_list>

namespace leverage {
namespace {

// Supervisors before the people who report to them, so each insert finds its supervisor.
QList<Contact> supervisorsFirst(QList<Contact> contacts)
{
    QList<Contact> ordered;
    QSet<RowId> pending;
    for (const auto &c : contacts)
        pending.insert(c.meta.id);
    while (!contacts.isEmpty()) {
        const auto before = contacts.size();
        for (auto it = contacts.begin(); it != contacts.end();) {
            if (!pending.contains(it->supervisorId)) {
                pending.remove(it->meta.id);
                ordered.append(*it);
                it = contacts.erase(it);
            } else {
                ++it;
            }
        }
        if (contacts.size() == before) { // a loop the store should have refused: keep going
            ordered.append(contacts);
            break;
        }
    }
    return ordered;
}

const char *kindName(RemovalSnapshot::Kind kind)
{
    switch (kind) {
    case RemovalSnapshot::Kind::Case:
        return "case";
    case RemovalSnapshot::Kind::Organization:
        return "organization";
    case RemovalSnapshot::Kind::Contact:
        return "contact";
    case RemovalSnapshot::Kind::Entry:
        return "entry";
    case RemovalSnapshot::Kind::Commitment:
        return "commitment";
    }
    return "row";
}

// The first failure among several reads, or success.
Status firstFailure(std::initializer_list<Status> statuses)
{
    for (const Status &status : statuses)
        if (!status)
            return status;
    return {};
}

template <typename T> Status addAll(Repository<T> &repository, const QList<T> &rows)
{
    for (auto row : rows)
        if (auto status = repository.add(row); !status)
            return status;
    return {};
}

} // namespace

// Reads what a removal would take in one transaction, joined to the delete when one is open,
// so the snapshot is consistent with what goes.
template <typename Fill>
Result<RemovalSnapshot> RemovalSnapshot::captureWith(Workspace &workspace, Kind kind, RowId id,
                                                     Fill fill)
{
    WriteTransaction read(workspace);
    if (!read.status())
        return read.status().error();
    RemovalSnapshot snapshot(kind, id);
    if (auto status = fill(snapshot); !status)
        return status.error();
    if (auto status = read.commit(); !status)
        return status.error();
    return snapshot;
}

Result<RemovalSnapshot> RemovalSnapshot::captureCase(Workspace &workspace, RowId caseId)
{
    return captureWith(workspace, Kind::Case, caseId, [&](RemovalSnapshot &snapshot) -> Status {
        auto row = workspace.cases().get(caseId);
        if (!row)
            return row.status();
        snapshot.caseRow = *row;
        auto involved = workspace.cases().involvedOrganizations(caseId);
        auto entries = workspace.timeline().forCase(caseId);
        auto commitments = workspace.commitments().forCase(caseId);
        auto followUps = workspace.followUps().forCase(caseId);
        auto steps = workspace.escalation().forCase(caseId);
        auto drafts = workspace.callDrafts().all();
        if (auto failed = firstFailure({involved.status(), entries.status(), commitments.status(),
                                        followUps.status(), steps.status(), drafts.status()});
            !failed)
            return failed;
        snapshot.involvedOrganizations = *involved;
        snapshot.entries = *entries;
        for (const auto &entry : *entries) {
            auto people = workspace.timeline().participants(entry.meta.id);
            if (!people)
                return people.status();
            if (!people->isEmpty())
                snapshot.participants.append({entry.meta.id, *people});
        }
        snapshot.commitments = *commitments;
        snapshot.followUps = *followUps;
        snapshot.escalationSteps = *steps;
        for (const auto &draft : *drafts)
            if (draft.caseId == caseId)
                snapshot.callDrafts.append(draft);
        // What other features keep of the case, in their own tables.
        auto where = CaseJurisdictionRepository(workspace).get(caseId);
        auto triggers = ClockTriggerRepository(workspace).forCase(caseId);
        auto letters = LetterRepository(workspace).forCase(caseId);
        auto numbers = LetterSettingsRepository(workspace).caseNumbers(caseId);
        auto outcome = OutcomeRepository(workspace).get(caseId);
        auto costs = TroubleCostRepository(workspace).costs(caseId);
        if (auto failed = firstFailure({where.status(), triggers.status(), letters.status(),
                                        numbers.status(), outcome.status(), costs.status()});
            !failed)
            return failed;
        snapshot.jurisdiction = *where;
        snapshot.clockTriggers = *triggers;
        snapshot.letters = *letters;
        snapshot.caseNumbers = *numbers;
        snapshot.outcome = *outcome;
        snapshot.costs = *costs;
        return {};
    });
}

Result<RemovalSnapshot> RemovalSnapshot::captureContact(Workspace &workspace, RowId contactId)
{
    return captureWith(workspace, Kind::Contact, contactId,
                       [&](RemovalSnapshot &snapshot) -> Status {
                           auto row = workspace.contacts().get(contactId);
                           if (!row)
                               return row.status();
                           snapshot.contactRow = *row;
                           auto references = ReferenceSet::toContact(workspace, contactId);
                           if (!references)
                               return references.status();
                           snapshot.references = *references;
                           return {};
                       });
}

Result<RemovalSnapshot> RemovalSnapshot::captureOrganization(Workspace &workspace,
                                                             RowId organizationId)
{
    return captureWith(
        workspace, Kind::Organization, organizationId, [&](RemovalSnapshot &snapshot) -> Status {
            auto row = workspace.organizations().get(organizationId);
            if (!row)
                return row.status();
            snapshot.organizationRow = *row;
            auto contacts = workspace.contacts().forOrganization(organizationId);
            auto links = workspace.organizations().links(organizationId);
            auto involvements = ReferenceSet::involvementsOf(workspace, organizationId);
            auto references = ReferenceSet::toOrganization(workspace, organizationId);
            if (auto failed = firstFailure({contacts.status(), links.status(),
                                            involvements.status(), references.status()});
                !failed)
                return failed;
            snapshot.contacts = supervisorsFirst(*contacts);
            snapshot.links = *links;
            snapshot.involvements = *involvements;
            snapshot.references = *references;
            QSet<RowId> removed;
            for (const auto &c : *contacts)
                removed.insert(c.meta.id);
            for (const auto &c : *contacts) {
                auto toContact = ReferenceSet::toContact(workspace, c.meta.id);
                if (!toContact)
                    return toContact.status();
                // Links between the organization's own people come back with the contact rows.
                for (const auto &r : *toContact)
                    if (r.table != QLatin1String("contacts") || !removed.contains(r.rowId))
                        snapshot.references.append(r);
            }
            return {};
        });
}

Result<RemovalSnapshot> RemovalSnapshot::captureEntry(Workspace &workspace, RowId entryId)
{
    return captureWith(workspace, Kind::Entry, entryId, [&](RemovalSnapshot &snapshot) -> Status {
        auto row = workspace.timeline().get(entryId);
        if (!row)
            return row.status();
        snapshot.entries = {*row};
        auto people = workspace.timeline().participants(entryId);
        auto references = ReferenceSet::toEntry(workspace, entryId);
        if (auto failed = firstFailure({people.status(), references.status()}); !failed)
            return failed;
        if (!people->isEmpty())
            snapshot.participants.append({entryId, *people});
        snapshot.references = *references;
        return {};
    });
}

Result<RemovalSnapshot> RemovalSnapshot::captureCommitment(Workspace &workspace, RowId commitmentId)
{
    return captureWith(workspace, Kind::Commitment, commitmentId,
                       [&](RemovalSnapshot &snapshot) -> Status {
                           auto row = workspace.commitments().get(commitmentId);
                           if (!row)
                               return row.status();
                           snapshot.commitments = {*row};
                           auto references = ReferenceSet::toCommitment(workspace, commitmentId);
                           if (!references)
                               return references.status();
                           snapshot.references = *references;
                           return {};
                       });
}

Result<RemovalSnapshot> RemovalSnapshot::capture(Workspace &workspace, Kind kind, RowId id)
{
    switch (kind) {
    case Kind::Case:
        return captureCase(workspace, id);
    case Kind::Organization:
        return captureOrganization(workspace, id);
    case Kind::Contact:
        return captureContact(workspace, id);
    case Kind::Entry:
        return captureEntry(workspace, id);
    case Kind::Commitment:
        break;
    }
    return captureCommitment(workspace, id);
}

Result<RemovalSnapshot> RemovalSnapshot::take(Workspace &workspace, Kind kind, RowId id)
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status().error();
    auto snapshot = capture(workspace, kind, id);
    if (!snapshot)
        return snapshot.error();
    if (auto status = snapshot->remove(workspace); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return snapshot;
}

Result<RemovalImpact> RemovalSnapshot::impactOf(Workspace &workspace, Kind kind, RowId id)
{
    RemovalImpact impact;
    switch (kind) {
    case Kind::Case: {
        auto entries = workspace.timeline().count(id);
        auto commitments = workspace.commitments().count(id);
        auto followUps = workspace.followUps().forCase(id);
        auto steps = workspace.escalation().forCase(id);
        if (auto failed = firstFailure(
                {entries.status(), commitments.status(), followUps.status(), steps.status()});
            !failed)
            return failed.error();
        impact.entries = int(*entries);
        impact.commitments = int(*commitments);
        impact.followUps = int(followUps->size());
        impact.escalationSteps = int(steps->size());
        break;
    }
    case Kind::Entry:
    case Kind::Commitment: {
        auto snapshot = capture(workspace, kind, id); // a handful of rows
        if (!snapshot)
            return snapshot.error();
        return snapshot->impact();
    }
    case Kind::Contact: {
        auto references = ReferenceSet::countToContact(workspace, id);
        if (!references)
            return references.error();
        impact.references = int(*references);
        break;
    }
    case Kind::Organization: {
        auto contacts = workspace.contacts().forOrganization(id);
        auto references = ReferenceSet::countToOrganization(workspace, id);
        auto involvements = ReferenceSet::involvementsOf(workspace, id);
        if (auto failed =
                firstFailure({contacts.status(), references.status(), involvements.status()});
            !failed)
            return failed.error();
        impact.contacts = int(contacts->size());
        impact.references = int(*references + involvements->size());
        break;
    }
    }
    return impact;
}

qsizetype RemovalSnapshot::rowCount() const
{
    return entries.size() + commitments.size() + followUps.size() + escalationSteps.size() +
           contacts.size() + callDrafts.size() + references.size() + involvements.size() +
           links.size() + clockTriggers.size() + letters.size() + caseNumbers.size();
}

RemovalImpact RemovalSnapshot::impact() const
{
    RemovalImpact impact;
    // The removed row itself is not "also removed".
    impact.entries = int(entries.size()) - (m_kind == Kind::Entry ? 1 : 0);
    impact.commitments = int(commitments.size()) - (m_kind == Kind::Commitment ? 1 : 0);
    impact.followUps = int(followUps.size());
    impact.escalationSteps = int(escalationSteps.size());
    impact.contacts = int(contacts.size());
    impact.references = int(references.size() + involvements.size());
    return impact;
}

Status RemovalSnapshot::remove(Workspace &workspace) const
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    Status status;
    switch (m_kind) {
    case Kind::Case:
        status = workspace.cases().remove(m_rootId);
        break;
    case Kind::Contact:
        status = workspace.contacts().remove(m_rootId);
        break;
    case Kind::Entry:
        status = workspace.timeline().remove(m_rootId);
        break;
    case Kind::Commitment:
        status = workspace.commitments().remove(m_rootId);
        break;
    case Kind::Organization:
        status = workspace.organizations().remove(m_rootId);
        for (const auto &c : contacts) {
            const auto id = c.meta.id;
            workspace.afterCommit([&workspace, id] { Q_EMIT workspace.contactRemoved(id); });
        }
        break;
    }
    if (!status)
        return status;
    if (auto sealed = ReferenceSet::sealRelinked(workspace, references); !sealed)
        return sealed;
    ReferenceSet::notifyChanged(workspace, references);
    if (auto committed = transaction.commit(); !committed)
        return committed;
    const auto impact = this->impact();
    logging::get("store")->info("removed {} {} with {} entries, {} commitments, {} contacts, {} "
                                "links cleared",
                                kindName(m_kind), m_rootId, impact.entries, impact.commitments,
                                impact.contacts, impact.references);
    return {};
}

Status RemovalSnapshot::restore(Workspace &workspace) const
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    // Past a page of rows, one reload is cheaper for every listener than a signal per row.
    constexpr qsizetype kRowSignalLimit = 200;
    if (rowCount() > kRowSignalLimit)
        workspace.announceAsBulkChange();
    if (auto status = restoreRows(workspace); !status)
        return status;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    logging::get("store")->info("restored {} {}", kindName(m_kind), m_rootId);
    return {};
}

// Parents before children, so every foreign key finds its row; the lists a kind does not
// capture are empty.
Status RemovalSnapshot::restoreRows(Workspace &workspace) const
{
    if (organizationRow) {
        auto row = *organizationRow;
        if (auto status = workspace.organizations().add(row); !status)
            return status;
    }
    if (auto status = addAll<Contact>(workspace.contacts(), contacts); !status)
        return status;
    if (contactRow) {
        auto row = *contactRow;
        if (auto status = workspace.contacts().add(row); !status)
            return status;
    }
    if (caseRow) {
        auto row = *caseRow;
        if (auto status = workspace.cases().add(row); !status)
            return status;
        if (!involvedOrganizations.isEmpty())
            if (auto status =
                    workspace.cases().setInvolvedOrganizations(m_rootId, involvedOrganizations);
                !status)
                return status;
    }
    if (auto status = addAll<TimelineEntry>(workspace.timeline(), entries); !status)
        return status;
    for (const auto &[entryId, people] : participants)
        if (auto status = workspace.timeline().setParticipants(entryId, people); !status)
            return status;
    if (auto status = addAll<Commitment>(workspace.commitments(), commitments); !status)
        return status;
    if (auto status = addAll<FollowUp>(workspace.followUps(), followUps); !status)
        return status;
    if (auto status = addAll<EscalationStep>(workspace.escalation(), escalationSteps); !status)
        return status;
    if (auto status = addAll<CallDraft>(workspace.callDrafts(), callDrafts); !status)
        return status;
    if (jurisdiction && !jurisdiction->isEmpty())
        if (auto status = CaseJurisdictionRepository(workspace).set(
                m_rootId, *jurisdiction, CaseJurisdictionRepository::Stamp::AsBefore);
            !status)
            return status;
    ClockTriggerRepository triggers(workspace);
    if (auto status = addAll<clocks::ClockTrigger>(triggers, clockTriggers); !status)
        return status;
    LetterRepository letterRows(workspace);
    if (auto status = addAll<Letter>(letterRows, letters); !status)
        return status;
    if (!caseNumbers.isEmpty())
        if (auto status = LetterSettingsRepository(workspace).setCaseNumbers(m_rootId, caseNumbers);
            !status)
            return status;
    // After the steps and letters it may name as what resolved the case.
    if (outcome)
        if (auto status = OutcomeRepository(workspace).restore(*outcome); !status)
            return status;
    if (!costs.isEmpty())
        if (auto status = TroubleCostRepository(workspace).setCosts(m_rootId, costs); !status)
            return status;
    for (const auto &link : links)
        if (auto status = workspace.organizations().link(link); !status)
            return status;
    if (auto status = ReferenceSet::restore(workspace, involvements); !status)
        return status;
    return ReferenceSet::restore(workspace, references);
}

} // namespace leverage

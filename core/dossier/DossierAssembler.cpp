#include "core/dossier/DossierAssembler.h"

#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierNarrative.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace leverage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

// Names of organizations and people, read once each.
class Names
{
public:
    explicit Names(Workspace &workspace) : m_ws(workspace) {}

    QString organization(RowId id)
    {
        if (id <= 0)
            return {};
        if (!m_organizations.contains(id)) {
            auto found = m_ws.organizations().get(id);
            m_organizations.insert(id, found ? found->name : QString());
        }
        return m_organizations.value(id);
    }

    const Contact *contact(RowId id)
    {
        if (id <= 0)
            return nullptr;
        if (!m_contacts.contains(id)) {
            auto found = m_ws.contacts().get(id);
            m_contacts.insert(id, found ? *found : Contact{});
        }
        const Contact &contact = m_contacts[id];
        return contact.meta.isStored() ? &contact : nullptr;
    }

private:
    Workspace &m_ws;
    QHash<RowId, QString> m_organizations;
    QHash<RowId, Contact> m_contacts;
};

QString personAndPosition(const QString &name, const QString &position)
{
    if (position.isEmpty())
        return name;
    if (name.isEmpty())
        return position;
    return name + QStringLiteral(", ") + position;
}

// When the case reached a level: its first contact with the step's person (or organization),
// or failing that the moment the step was marked done.
Instant reachedAt(const EscalationStep &step, const QList<TimelineEntry> &entries, Names &names)
{
    for (const auto &entry : entries) {
        if (step.contactId > 0 && entry.contactId == step.contactId)
            return entry.occurredAt;
        if (step.contactId <= 0 && step.organizationId > 0) {
            const auto *contact = names.contact(entry.contactId);
            if (contact && contact->organizationId == step.organizationId)
                return entry.occurredAt;
        }
    }
    return step.doneAt;
}

} // namespace

Result<DossierData> DossierAssembler::assemble(RowId caseId, const DossierOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    auto found = m_workspace.cases().get(caseId);
    if (!found) {
        if (found.code() == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         tr("There is no case %1 in this workspace.").arg(caseId)};
        return found.error();
    }
    const Case &theCase = *found;
    auto entries = m_workspace.timeline().forCase(caseId);
    if (!entries)
        return entries.error();
    auto commitments = m_workspace.commitments().forCase(caseId);
    if (!commitments)
        return commitments.error();
    auto steps = m_workspace.escalation().forCase(caseId);
    if (!steps)
        return steps.error();
    auto involved = m_workspace.cases().involvedOrganizations(caseId);
    if (!involved)
        return involved.error();

    Names names(m_workspace);
    DossierData data;
    const QDateTime now = m_workspace.clock().now();

    auto &cover = data.cover;
    cover.caseTitle = theCase.title;
    cover.organizations.append({names.organization(theCase.organizationId), QString()});
    for (const auto &other : *involved)
        if (other.organizationId != theCase.organizationId)
            cover.organizations.append({names.organization(other.organizationId), other.role});
    cover.reference = theCase.reference;
    cover.openedAt = theCase.openedAt;
    cover.status = caseStatusLabel(theCase.status);
    cover.desiredOutcome = theCase.desiredOutcome;
    cover.outcome = theCase.outcome;
    cover.amountSoughtCents = theCase.amountSoughtCents;
    cover.amountRecoveredCents = theCase.amountRecoveredCents;
    cover.currency = theCase.currency;
    cover.preparedBy = options.preparedBy;
    cover.asOf = now;
    cover.from = options.from;
    cover.to = options.to;
    cover.privateIncluded = options.includePrivate;

    // The timeline: in range, private entries only when asked for.
    QHash<RowId, int> entryNumbers;
    QHash<RowId, int> entriesPerContact;
    QSet<QString> people;
    for (const auto &entry : *entries) {
        if (!options.covers(entry.occurredAt.toDateTime().date()))
            continue;
        if (entry.isPrivate && !options.includePrivate) {
            ++cover.privateLeftOut;
            continue;
        }
        DossierData::TimelineRow row;
        row.number = int(data.timeline.size()) + 1;
        row.occurredAt = entry.occurredAt;
        row.channel = channelLabel(entry.channel);
        row.personName = entry.personName;
        row.personPosition = entry.personPosition;
        row.reference = entry.referenceNumber;
        row.summary = entry.summary;
        row.notes = dossierformat::withoutEmptyStamps(entry.notes);
        row.durationSeconds = entry.durationSeconds;
        row.holdSeconds = entry.holdSeconds;
        row.serviceFailure = entry.serviceFailure;
        row.isPrivate = entry.isPrivate;
        data.timeline.append(row);
        entryNumbers.insert(entry.meta.id, row.number);
        if (entry.contactId > 0)
            ++entriesPerContact[entry.contactId];
        auto &summary = data.summary;
        if (entry.channel != Channel::Note) {
            ++summary.contacts;
            summary.secondsSpent += entry.durationSeconds;
            summary.secondsOnHold += entry.holdSeconds;
            if (!entry.personName.isEmpty())
                people.insert(entry.personName);
        }
        if (entry.serviceFailure)
            ++summary.serviceFailures;
    }
    data.summary.people = int(people.size());

    // Commitments made in the range (an undated one is always shown).
    QSet<RowId> mentioned(entriesPerContact.keyBegin(), entriesPerContact.keyEnd());
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const auto &commitment : *commitments) {
        if (!commitment.madeAt.isNull() && !options.covers(commitment.madeAt.toDateTime().date()))
            continue;
        DossierData::CommitmentRow row;
        row.what = commitment.what;
        row.madeBy = commitment.madeByName;
        if (const auto *contact = names.contact(commitment.contactId)) {
            if (row.madeBy.isEmpty())
                row.madeBy = contact->name;
            row.madeByPosition = contact->position;
            mentioned.insert(contact->meta.id);
        }
        row.entryNumber = entryNumbers.value(commitment.entryId, 0);
        row.madeAt = commitment.madeAt;
        row.due = commitment.due();
        if (const auto *actor = names.contact(commitment.actorId)) {
            row.actor = actor->name;
            mentioned.insert(actor->meta.id);
        } else {
            row.actor = commitment.actorName;
        }
        row.status = commitment.status;
        // Overdue only once the promised moment or window has closed.
        row.overdue = commitment.status == CommitmentStatus::Pending && row.due.isClosedAt(nowMs);
        row.statusChangedAt = commitment.statusChangedAt;
        row.statusNote = commitment.statusNote;
        auto &summary = data.summary;
        switch (commitment.status) {
        case CommitmentStatus::Kept:
            ++summary.kept;
            break;
        case CommitmentStatus::Broken:
            ++summary.broken;
            break;
        case CommitmentStatus::Pending:
            ++summary.pending;
            summary.overdue += row.overdue ? 1 : 0;
            break;
        case CommitmentStatus::Withdrawn:
            ++summary.withdrawn;
            break;
        }
        data.commitments.append(row);
    }

    data.showEscalation = options.escalationPath;
    for (const auto &step : *steps) {
        DossierData::EscalationRow row;
        row.position = step.position + 1;
        row.level = step.level;
        row.status = step.status;
        if (const auto *contact = names.contact(step.contactId)) {
            row.who = personAndPosition(contact->name, contact->position);
            if (options.escalationPath)
                mentioned.insert(contact->meta.id);
        }
        const QString organization = names.organization(step.organizationId);
        if (!organization.isEmpty())
            row.who = row.who.isEmpty()
                          ? organization
                          : row.who + QStringLiteral(" (") + organization + QLatin1Char(')');
        if (row.who.isEmpty())
            row.who = step.targetText;
        if (step.status != EscalationStatus::Planned)
            row.reachedAt = reachedAt(step, *entries, names);
        row.doneAt = step.doneAt;
        row.targetDate = step.targetDate;
        row.note = step.note;
        data.escalation.append(row);
    }

    data.showContacts = options.contactsAppendix;
    if (options.contactsAppendix) {
        for (RowId id : mentioned) {
            const auto *contact = names.contact(id);
            if (!contact)
                continue;
            DossierData::ContactRow row;
            row.name = contact->name;
            row.position = contact->position;
            row.department = contact->department;
            row.organization = names.organization(contact->organizationId);
            if (const auto *boss = names.contact(contact->supervisorId))
                row.supervisor = personAndPosition(boss->name, boss->position);
            row.directLine = contact->directLine;
            row.extension = contact->extension;
            row.email = contact->email;
            row.entries = entriesPerContact.value(id);
            data.contacts.append(row);
        }
        std::sort(data.contacts.begin(), data.contacts.end(), [](const auto &a, const auto &b) {
            return std::tie(a.organization, a.name) < std::tie(b.organization, b.name);
        });
    }

    data.summary.whatHappened = DossierNarrative::whatHappened(data);
    logging::get("dossier")->info(
        "assembled case {}: {} entries, {} commitments, {} steps in {} ms", caseId,
        data.timeline.size(), data.commitments.size(), data.escalation.size(), timer.elapsed());
    return data;
}

} // namespace leverage

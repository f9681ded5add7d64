#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierExhibits.h"

#include "core/domain/CaseOrganizationRole.h"
#include "core/dossier/DossierClocks.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierLetters.h"
#include "core/dossier/DossierNames.h"
#include "core/dossier/DossierNarrative.h"
#include "core/dossier/DossierTimelineReader.h"
#include "core/dossier/StoredDossierTimeline.h"
#include "core/escalation/EscalationService.h"
#include "core/outcomes/OutcomeSummary.h"
#include "core/outcomes/Trouble.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace leverage {
namespace {

// Everyone the record names, once each and in the order first met: a contact by its id, a name
// typed without a contact by the name (matched to a contact of that name already met), so the
// summary's count of people and the appendix are one list.
class People
{
public:
    explicit People(DossierNames &names) : m_names(names) {}

    void note(RowId contactId, const QString &name, const QString &position, bool onEntry)
    {
        int index = -1;
        if (const auto *contact = m_names.contact(contactId)) {
            index = m_byContact.value(contactId, -1);
            if (index < 0) {
                index = int(m_rows.size());
                m_rows.append(rowOf(*contact));
                m_byContact.insert(contactId, index);
                m_byName.insert(contact->name.trimmed().toLower(), index);
            }
        } else if (const QString key = name.trimmed().toLower(); !key.isEmpty()) {
            index = m_byName.value(key, -1);
            if (index < 0) {
                index = int(m_rows.size());
                DossierData::ContactRow row;
                row.name = name.trimmed();
                row.position = position;
                row.isContact = false;
                m_rows.append(row);
                m_byName.insert(key, index);
            }
        }
        if (index >= 0 && onEntry)
            ++m_rows[index].entries;
    }

    // The people, contacts by organization and name, then the names with no contact.
    QList<DossierData::ContactRow> rows() const
    {
        auto rows = m_rows;
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return std::make_tuple(!a.isContact, a.organization, a.name) <
                   std::make_tuple(!b.isContact, b.organization, b.name);
        });
        return rows;
    }

private:
    DossierData::ContactRow rowOf(const Contact &contact)
    {
        DossierData::ContactRow row;
        row.name = contact.name;
        row.position = contact.position;
        row.department = contact.department;
        row.organization = m_names.organization(contact.organizationId);
        if (const auto *boss = m_names.contact(contact.supervisorId))
            row.supervisor = DossierNames::personAndPosition(boss->name, boss->position);
        row.directLine = contact.directLine;
        row.extension = contact.extension;
        row.email = contact.email;
        return row;
    }

    DossierNames &m_names;
    QList<DossierData::ContactRow> m_rows;
    QHash<RowId, int> m_byContact;
    QHash<QString, int> m_byName;
};

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
    auto commitments = m_workspace.commitments().forCase(caseId);
    if (!commitments)
        return commitments.error();
    // Reached and done come from the one place the path's pane reads them too.
    auto standing = EscalationService(m_workspace).standing(caseId);
    if (!standing)
        return standing.error();
    auto involved = m_workspace.cases().involvedOrganizations(caseId);
    if (!involved)
        return involved.error();

    auto sharedNames = std::make_shared<DossierNames>(m_workspace);
    DossierNames &names = *sharedNames;
    DossierData data;
    const QDateTime now = m_workspace.clock().now();

    auto &cover = data.cover;
    cover.caseTitle = theCase.title;
    // Every organization with its role and who referred the case to it; the case's own first.
    if (involved->isEmpty() || involved->first().organizationId != theCase.organizationId)
        cover.organizations.append({names.organization(theCase.organizationId), {}, {}});
    for (const auto &organization : *involved)
        cover.organizations.append({names.organization(organization.organizationId),
                                    caseOrganizationRoleLabel(organization.role),
                                    names.organization(organization.referredById)});
    cover.reference = theCase.reference;
    cover.openedAt = theCase.openedAt;
    cover.status = caseStatusLabel(theCase.status);
    cover.desiredOutcome = theCase.desiredOutcome;
    cover.outcome = theCase.outcome;
    auto ended = OutcomeRepository(m_workspace).get(caseId);
    if (!ended)
        return ended.error();
    if (*ended)
        cover.outcomeLine =
            outcomes::OutcomeSummary::line(**ended, theCase.amountSoughtCents, theCase.currency);
    const OutcomeFactsReader factsReader(m_workspace);
    auto facts = factsReader.readCase(caseId);
    if (!facts)
        return facts.error();
    if (*facts)
        cover.troubleLine = outcomes::Trouble::of(**facts, factsReader.today()).sentence();
    cover.amountSoughtCents = theCase.amountSoughtCents;
    cover.amountRecoveredCents = theCase.amountRecoveredCents;
    cover.receivedText = dossierformat::money(theCase.amountRecoveredCents, theCase.currency);
    if (*ended)
        if (const auto received = outcomes::OutcomeSummary::received(**ended);
            !received.isEmpty()) {
            QStringList amounts;
            for (auto it = received.begin(); it != received.end(); ++it)
                amounts << dossierformat::money(it.value(), it.key());
            cover.receivedText = amounts.join(QStringLiteral(" + "));
        }
    cover.currency = theCase.currency;
    cover.preparedBy = options.preparedBy;
    cover.asOf = now;
    cover.from = options.from;
    cover.to = options.to;
    cover.privateIncluded = options.includePrivate;

    // The timeline: in range, private entries only when asked for. Counted and summarised
    // here a chunk at a time; its rows are read again while the pages are drawn.
    QSet<RowId> promisedIn; // the entries commitments were made in, for "see entry 14"
    for (const auto &commitment : std::as_const(*commitments))
        if (commitment.entryId > 0)
            promisedIn.insert(commitment.entryId);
    QHash<RowId, int> entryNumbers;
    People people(names);
    DossierTimelineReader reader(m_workspace, caseId, options, sharedNames);
    // The letters sent (issue 18): a section of their own, and a line on their timeline entries.
    QHash<RowId, int> letterByEntry;
    auto letters = DossierLetters::rows(m_workspace, caseId, options, names, &letterByEntry);
    if (!letters)
        return letters.error();
    data.letters = *letters;
    QHash<RowId, QString> letterLines;
    for (auto it = letterByEntry.cbegin(); it != letterByEntry.cend(); ++it)
        letterLines.insert(it.key(), DossierLetters::timelineLine(data.letters.at(it.value())));
    reader.setLetterLines(std::move(letterLines));
    // Issue 21: the exhibits (numbered before the rows, which cite them) and the seal.
    auto exhibits = DossierExhibits::read(m_workspace, caseId, options);
    if (!exhibits)
        return exhibits.error();
    data.exhibits = std::move(*exhibits);
    reader.setExhibitLines(data.exhibits.timelineLines());
    QList<DossierTimelineReader::Position> chunkStarts{{}};
    const auto entryRead = [&](const TimelineEntry &entry, const DossierTimelineRow &row) {
        data.timeline.noteStreamed(row);
        if (promisedIn.contains(entry.meta.id))
            entryNumbers.insert(entry.meta.id, row.number);
        if (const int letter = letterByEntry.value(entry.meta.id, -1); letter >= 0)
            data.letters[letter].entryNumber = row.number;
        auto &summary = data.summary;
        if (entry.channel != Channel::Note) {
            ++summary.contacts;
            summary.secondsSpent += entry.durationSeconds;
            summary.secondsOnHold += entry.holdSeconds;
        }
        if (entry.serviceFailure)
            ++summary.serviceFailures;
    };
    const auto personMet = [&](RowId contactId, const QString &name, const QString &position) {
        people.note(contactId, name, position, true);
    };
    for (;;) {
        auto chunk = reader.read(chunkStarts.last(), DossierTimeline::kChunkRows,
                                 data.timeline.size() + 1, entryRead, personMet);
        if (!chunk)
            return chunk.error();
        cover.privateLeftOut += chunk->privateLeftOut;
        if (chunk->finished)
            break;
        chunkStarts.append(chunk->end);
    }
    data.timeline.setSource(
        std::make_shared<StoredDossierTimeline>(std::move(reader), std::move(chunkStarts)));
    // The case's time and trouble counts every entry: not said where private ones are left out,
    // so the counts never hint at what was withheld.
    if (cover.privateLeftOut > 0)
        cover.troubleLine.clear();

    // Commitments made in the range (an undated one is always shown).
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
        }
        people.note(commitment.contactId, row.madeBy, row.madeByPosition, false);
        row.entryNumber = entryNumbers.value(commitment.entryId, 0);
        row.madeAt = commitment.madeAt;
        row.due = commitment.due();
        if (const auto *actor = names.contact(commitment.actorId))
            row.actor = actor->name;
        else
            row.actor = commitment.actorName;
        // Who will act is named by the record, so listed with the people.
        people.note(commitment.actorId, row.actor, QString(), false);
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
    for (const auto &level : std::as_const(standing->levels)) {
        const auto &step = level.step;
        DossierData::EscalationRow row;
        row.position = step.position + 1;
        row.level = step.level;
        row.status = level.status;
        if (const auto *contact = names.contact(step.contactId)) {
            row.who = DossierNames::personAndPosition(contact->name, contact->position);
            if (options.escalationPath)
                people.note(contact->meta.id, contact->name, contact->position, false);
        }
        const QString organization = names.organization(step.organizationId);
        if (!organization.isEmpty())
            row.who = row.who.isEmpty()
                          ? organization
                          : row.who + QStringLiteral(" (") + organization + QLatin1Char(')');
        if (row.who.isEmpty())
            row.who = step.targetText;
        row.reachedAt = level.reachedAt;
        row.doneAt = level.status == EscalationStatus::Done ? step.doneAt : Instant{};
        row.targetDate = step.targetDate;
        row.note = step.note;
        data.escalation.append(row);
    }

    // The appendix and the summary's count of people are the same list.
    data.showContacts = options.contactsAppendix;
    const auto everyone = people.rows();
    data.summary.people = int(everyone.size());
    if (options.contactsAppendix)
        data.contacts = everyone;

    data.summary.whatHappened = DossierNarrative::whatHappened(data);
    logging::get("dossier")->info(
        "assembled case {}: {} entries, {} commitments, {} steps in {} ms", caseId,
        data.timeline.size(), data.commitments.size(), data.escalation.size(), timer.elapsed());
    data.clocks = DossierClocks::rows(m_workspace, caseId);
    return data;
}

} // namespace leverage

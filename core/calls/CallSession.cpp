#include "core/calls/CallSession.h"

#include "core/services/Clock.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QElapsedTimer>

namespace leverage {
namespace {

Instant secondsInto(const CallState &state, int seconds)
{
    return Instant::fromUtcMs(state.startedAt.utcMs + qint64(seconds) * 1000,
                              state.startedAt.offsetSeconds);
}

// The notes as filed: what the user typed, then the header fields that have no column.
QString filedNotes(const CallState &state)
{
    QString notes = state.notes.trimmed();
    QStringList extra;
    if (!state.callbackNumber.trimmed().isEmpty())
        extra << tr("Callback number: %1").arg(state.callbackNumber.trimmed());
    if (!state.supervisorName.trimmed().isEmpty())
        extra << (state.supervisorLine.trimmed().isEmpty()
                      ? tr("Supervisor: %1").arg(state.supervisorName.trimmed())
                      : tr("Supervisor: %1, direct line %2")
                            .arg(state.supervisorName.trimmed(), state.supervisorLine.trimmed()));
    if (!extra.isEmpty())
        notes +=
            (notes.isEmpty() ? QString() : QStringLiteral("\n\n")) + extra.join(QLatin1Char('\n'));
    return notes;
}

} // namespace

CallSession::CallSession(Workspace &workspace) : m_workspace(workspace) {}

Result<CallState> CallSession::start(RowId caseId, RowId contactId)
{
    CallState state;
    state.caseId = caseId;
    state.startedAt = Instant::fromDateTime(m_workspace.clock().now());
    state.savedAt = state.startedAt;
    if (caseId > 0) {
        auto found = m_workspace.cases().get(caseId);
        if (!found)
            return found.error();
        state.organizationId = found->organizationId;
    }
    if (contactId > 0) {
        auto contact = m_workspace.contacts().get(contactId);
        if (!contact)
            return contact.error();
        state.organizationId = contact->organizationId;
        state.participants.append(
            {contactId, contact->name, contact->position, contact->extension, 0, std::nullopt});
        state.currentParticipant = 0;
    }
    CallDraft draft;
    draft.caseId = caseId;
    draft.startedAt = state.startedAt;
    draft.payload = QString::fromUtf8(state.toJson());
    if (auto status = m_workspace.callDrafts().add(draft); !status)
        return status.error();
    state.draftId = draft.meta.id;
    logging::get("calls")->info("call started: draft {}, case {}", state.draftId, caseId);
    return state;
}

Status CallSession::save(const CallState &state)
{
    if (state.draftId <= 0)
        return Error{Error::Code::Invalid, tr("This call has no draft to save to.")};
    return m_workspace.callDrafts().savePayload(state.draftId, state.caseId, payloadOf(state));
}

QString CallSession::payloadOf(const CallState &state) const
{
    CallState stamped = state;
    stamped.savedAt = Instant::fromDateTime(m_workspace.clock().now());
    return QString::fromUtf8(stamped.toJson());
}

Result<QList<CallState>> CallSession::drafts() const
{
    auto rows = m_workspace.callDrafts().all();
    if (!rows)
        return rows.error();
    QList<CallState> states;
    for (const auto &draft : *rows) {
        auto parsed = CallState::fromJson(draft.payload.toUtf8());
        CallState state;
        if (parsed) {
            state = *parsed;
        } else {
            // Unreadable state: keep the raw text as notes rather than lose it.
            logging::get("calls")->warn("draft {} has an unreadable payload", draft.meta.id);
            state.notes = draft.payload;
        }
        state.draftId = draft.meta.id;
        state.caseId = draft.caseId;
        state.startedAt = draft.startedAt;
        states.append(state);
    }
    return states;
}

Status CallSession::restore(CallState &state)
{
    CallDraft draft;
    draft.caseId = state.caseId;
    draft.startedAt = state.startedAt;
    draft.payload = payloadOf(state);
    if (auto status = m_workspace.callDrafts().add(draft); !status)
        return status;
    logging::get("calls")->info("call of draft {} kept in new draft {}", state.draftId,
                                draft.meta.id);
    state.draftId = draft.meta.id;
    return {};
}

Status CallSession::discard(RowId draftId)
{
    auto status = m_workspace.callDrafts().remove(draftId);
    if (status)
        logging::get("calls")->info("call draft {} discarded", draftId);
    return status;
}

Result<RowId> CallSession::file(const CallState &state)
{
    auto filed = fileCall(state);
    if (!filed)
        return filed.error();
    return filed->entryId;
}

Status CallSession::unfile(const FiledCall &filed, CallState &state)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (auto id : filed.followUpIds)
        if (auto status = m_workspace.followUps().remove(id); !status)
            return status;
    for (auto id : filed.commitmentIds)
        if (auto status = m_workspace.commitments().remove(id); !status)
            return status;
    if (auto status = m_workspace.timeline().remove(filed.entryId); !status)
        return status;
    for (const auto &before : filed.contactsBefore) {
        auto now = m_workspace.contacts().get(before.meta.id);
        if (!now)
            return now.status();
        Contact restored = before;
        restored.meta = now->meta;
        if (auto status = m_workspace.contacts().update(restored); !status)
            return status;
    }
    for (auto id : filed.contactIds)
        if (auto status = m_workspace.contacts().remove(id); !status)
            return status;
    for (auto &person : state.participants)
        if (filed.contactIds.contains(person.contactId))
            person.contactId = 0;
    if (auto status = restore(state); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    logging::get("calls")->info("call filed as entry {} taken back into draft {}", filed.entryId,
                                state.draftId);
    return {};
}

Status CallSession::changeContact(const Contact &before, const Contact &after, FiledCall &filed)
{
    Contact changed = after;
    if (auto status = m_workspace.contacts().update(changed); !status)
        return status;
    if (!filed.contactIds.contains(before.meta.id))
        filed.contactsBefore.append(before);
    return {};
}

Result<RowId> CallSession::fileSupervisor(const CallState &state, RowId repId, FiledCall &filed)
{
    const QString name = state.supervisorName.trimmed();
    const QString line = state.supervisorLine.trimmed();
    if (name.isEmpty() || state.organizationId <= 0)
        return RowId(0);
    auto people = m_workspace.contacts().forOrganization(state.organizationId);
    if (!people)
        return people.error();
    const auto found = std::find_if(people->begin(), people->end(), [&name](const Contact &c) {
        return c.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
    RowId supervisorId = 0;
    if (found == people->end()) {
        Contact supervisor;
        supervisor.organizationId = state.organizationId;
        supervisor.name = name;
        supervisor.position = tr("Supervisor");
        supervisor.directLine = line;
        if (auto status = m_workspace.contacts().add(supervisor); !status)
            return status.error();
        supervisorId = supervisor.meta.id;
        filed.contactIds.append(supervisorId);
    } else {
        supervisorId = found->meta.id;
        if (!line.isEmpty() && found->directLine != line) {
            Contact changed = *found;
            changed.directLine = line;
            if (auto status = changeContact(*found, changed, filed); !status)
                return status.error();
        }
    }
    if (repId <= 0 || repId == supervisorId)
        return supervisorId;
    auto rep = m_workspace.contacts().get(repId);
    if (!rep)
        return rep.error();
    auto cycle = m_workspace.contacts().wouldCreateCycle(repId, supervisorId);
    if (!cycle)
        return cycle.error();
    if (rep->supervisorId != supervisorId && !*cycle) {
        Contact changed = *rep;
        changed.supervisorId = supervisorId;
        if (auto status = changeContact(*rep, changed, filed); !status)
            return status.error();
    }
    return supervisorId;
}

Result<FiledCall> CallSession::fileCall(const CallState &original)
{
    if (original.caseId <= 0)
        return Error{Error::Code::Invalid,
                     tr("Choose the case this call belongs to, then file it.")};
    if (original.startedAt.isNull())
        return Error{Error::Code::Invalid, tr("The call has no start time.")};
    QElapsedTimer timer;
    timer.start();
    CallState state = original;
    if (!state.isEnded())
        state.end(m_workspace.clock().now());
    // A name typed in "With:" and never confirmed is still who the user spoke with.
    if (state.participants.isEmpty() && !state.typedPerson.trimmed().isEmpty()) {
        state.participants.append({0, state.typedPerson.trimmed(), {}, {}, 0, std::nullopt});
        state.currentParticipant = 0;
    }

    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    FiledCall filed;

    // People met for the first time become contacts of the organization.
    for (auto &person : state.participants) {
        if (person.contactId > 0 || person.name.trimmed().isEmpty() || state.organizationId <= 0)
            continue;
        Contact contact;
        contact.organizationId = state.organizationId;
        contact.name = person.name.trimmed();
        contact.position = person.position.trimmed();
        contact.extension = person.extension.trimmed();
        if (auto status = m_workspace.contacts().add(contact); !status)
            return status.error();
        person.contactId = contact.meta.id;
        filed.contactIds.append(contact.meta.id);
    }

    const CallParticipant *main = state.current();
    if (!main && !state.participants.isEmpty())
        main = &state.participants.last();
    auto supervisorId = fileSupervisor(state, main ? main->contactId : 0, filed);
    if (!supervisorId)
        return supervisorId.error();
    TimelineEntry entry;
    entry.caseId = state.caseId;
    entry.channel = Channel::Call;
    entry.occurredAt = state.startedAt;
    entry.durationSeconds = int(state.elapsedSeconds({}));
    entry.holdSeconds = int(std::min(state.holdSeconds({}), qint64(entry.durationSeconds)));
    if (main) {
        entry.contactId = main->contactId;
        entry.personName = main->name;
        entry.personPosition = main->position;
        entry.helpfulness = main->helpfulness;
    }
    entry.referenceNumber = state.referenceNumber.trimmed();
    entry.summary = state.summary.trimmed();
    entry.notes = filedNotes(state);
    entry.effort = state.effort;
    if (auto status = m_workspace.timeline().add(entry); !status)
        return status.error();

    QList<EntryParticipant> people;
    for (const auto &person : state.participants)
        people.append({person.contactId, person.name, person.position,
                       secondsInto(state, person.joinedAtSeconds), person.helpfulness});
    if (auto status = m_workspace.timeline().setParticipants(entry.meta.id, people); !status)
        return status.error();

    auto personAt = [&state](int index) -> const CallParticipant * {
        return index >= 0 && index < state.participants.size() ? &state.participants[index]
                                                               : nullptr;
    };
    // Who acts: a participant's contact, or the supervisor's.
    auto contactOf = [&](int index) {
        if (index == CallState::kSupervisor)
            return *supervisorId;
        const auto *person = personAt(index);
        return person ? person->contactId : RowId(0);
    };
    for (const auto &promise : state.promises) {
        Commitment commitment;
        commitment.caseId = state.caseId;
        commitment.entryId = entry.meta.id;
        if (const auto *by = personAt(promise.participantIndex)) {
            commitment.contactId = by->contactId;
            commitment.madeByName = by->name;
        }
        commitment.what = promise.what.trimmed();
        commitment.madeAt = secondsInto(state, promise.madeAtSeconds);
        commitment.setDue(promise.due);
        if (promise.actorIndex != CallState::kNobody &&
            promise.actorIndex != promise.participantIndex) {
            commitment.actorId = contactOf(promise.actorIndex);
            commitment.actorName = state.personName(promise.actorIndex);
        }
        commitment.statusChangedAt = commitment.madeAt;
        if (auto status = m_workspace.commitments().add(commitment); !status)
            return status.error();
        filed.commitmentIds.append(commitment.meta.id);
        if (!promise.expected)
            continue;
        // A callback they promised: on the agenda too, with whoever will call.
        FollowUp expected;
        expected.caseId = state.caseId;
        expected.commitmentId = commitment.meta.id;
        expected.contactId = commitment.actorId > 0 ? commitment.actorId : commitment.contactId;
        expected.what = commitment.what;
        expected.setDue(promise.due);
        if (auto status = m_workspace.followUps().add(expected); !status)
            return status.error();
        filed.followUpIds.append(expected.meta.id);
    }
    for (const auto &item : state.followUps) {
        FollowUp followUp;
        followUp.caseId = state.caseId;
        followUp.contactId = contactOf(item.participantIndex);
        followUp.what = item.what.trimmed();
        followUp.setDue(item.due);
        if (auto status = m_workspace.followUps().add(followUp); !status)
            return status.error();
        filed.followUpIds.append(followUp.meta.id);
    }
    if (state.draftId > 0)
        if (auto status = m_workspace.callDrafts().remove(state.draftId); !status)
            return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("calls")->info(
        "call filed: case {}, entry {}, {} people, {} commitments, {} follow-ups, {} ms",
        state.caseId, entry.meta.id, people.size(), state.promises.size(), state.followUps.size(),
        timer.elapsed());
    filed.entryId = entry.meta.id;
    return filed;
}

} // namespace leverage

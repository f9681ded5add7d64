#include "core/services/DemoWriter.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <utility>

namespace leverage {

DemoWriter::DemoWriter(Workspace &workspace)
    : m_ws(workspace), m_now(workspace.clock().now()), m_random(20260301)
{
}

RowId DemoWriter::organization(const char *handle, const char *name, const char *kind,
                               const char *phone)
{
    Organization o;
    o.name = QString::fromUtf8(name);
    o.kind = QString::fromUtf8(kind);
    o.phone = QString::fromUtf8(phone);
    keep(m_ws.organizations().add(o));
    m_ids.insert(QString::fromLatin1(handle), o.meta.id);
    return o.meta.id;
}

void DemoWriter::link(const char *from, const char *to, const char *relation)
{
    keep(m_ws.organizations().link({id(from), id(to), QString::fromUtf8(relation)}));
}

RowId DemoWriter::contact(const char *handle, const char *organizationHandle, const char *name,
                          const char *position, const char *supervisorHandle,
                          const char *directLine, const char *extension)
{
    Contact c;
    c.organizationId = id(organizationHandle);
    c.supervisorId = supervisorHandle ? id(supervisorHandle) : 0;
    c.name = QString::fromUtf8(name);
    c.position = QString::fromUtf8(position);
    c.directLine = QString::fromUtf8(directLine);
    c.extension = QString::fromUtf8(extension);
    keep(m_ws.contacts().add(c));
    m_ids.insert(QString::fromLatin1(handle), c.meta.id);
    m_contacts.insert(c.meta.id, c);
    return c.meta.id;
}

void DemoWriter::gateway(const char *handle, const char *rules, const char *notes)
{
    auto c = m_ws.contacts().get(id(handle));
    if (!c)
        return keep(c.status());
    c->isGateway = true;
    c->rulesOfEngagement = QString::fromUtf8(rules);
    c->notes = QString::fromUtf8(notes);
    keep(m_ws.contacts().update(*c));
}

RowId DemoWriter::openCase(const char *handle, const char *title, const char *organizationHandle,
                           int daysAgo, const char *reference, const char *desired,
                           qint64 soughtCents)
{
    Case c;
    c.title = QString::fromUtf8(title);
    c.organizationId = id(organizationHandle);
    c.reference = QString::fromUtf8(reference);
    c.desiredOutcome = QString::fromUtf8(desired);
    c.amountSoughtCents = soughtCents;
    c.openedAt = at(daysAgo, 9, 15);
    keep(m_ws.cases().add(c));
    m_ids.insert(QString::fromLatin1(handle), c.meta.id);
    return c.meta.id;
}

void DemoWriter::closeCase(const char *handle, CaseStatus status, const char *outcome,
                           qint64 recovered)
{
    auto c = m_ws.cases().get(id(handle));
    if (!c)
        return keep(c.status());
    c->status = status;
    c->outcome = QString::fromUtf8(outcome);
    c->amountRecoveredCents = recovered;
    keep(m_ws.cases().update(*c));
}

void DemoWriter::involve(const char *caseHandle, const char *organizationHandle, const char *role)
{
    keep(m_ws.cases().setInvolvedOrganizations(
        id(caseHandle), {{id(organizationHandle), QString::fromUtf8(role)}}));
}

void DemoWriter::organizationsOf(
    const char *caseHandle,
    std::initializer_list<std::tuple<const char *, const char *, const char *>> organizations)
{
    QList<CaseOrganization> rows;
    for (const auto &[handle, role, referrer] : organizations)
        rows.append({id(handle), QString::fromUtf8(role), referrer ? id(referrer) : 0});
    keep(m_ws.cases().setInvolvedOrganizations(id(caseHandle), rows));
}

void DemoWriter::others(RowId entryId, std::initializer_list<const char *> participants,
                        std::initializer_list<const char *> copied)
{
    QList<EntryParticipant> people;
    for (const auto &[handles, cc] : {std::pair{participants, false}, std::pair{copied, true}})
        for (const char *handle : handles) {
            const auto &c = m_contacts.value(id(handle));
            people.append({c.meta.id, c.name, c.position, {}, {}, cc});
        }
    keep(m_ws.timeline().setParticipants(entryId, people));
}

RowId DemoWriter::entry(const char *caseHandle, int daysAgo, int hour, int minute, Channel channel,
                        const char *contactHandle, const char *summary, const char *notes,
                        int durationMinutes, int holdMinutes, int effort, const char *reference,
                        bool serviceFailure)
{
    TimelineEntry e;
    e.caseId = id(caseHandle);
    e.channel = channel;
    e.occurredAt = at(daysAgo, hour, minute);
    e.durationSeconds = durationMinutes * 60;
    e.holdSeconds = holdMinutes * 60;
    if (contactHandle) {
        e.contactId = id(contactHandle);
        e.personName = m_contacts.value(e.contactId).name;
        e.personPosition = m_contacts.value(e.contactId).position;
    }
    e.summary = QString::fromUtf8(summary);
    e.notes = QString::fromUtf8(notes);
    if (effort > 0)
        e.effort = effort;
    e.referenceNumber = QString::fromUtf8(reference);
    e.serviceFailure = serviceFailure;
    keep(m_ws.timeline().add(e));
    ++m_entries;
    return e.meta.id;
}

void DemoWriter::rate(RowId entryId, int helpfulness)
{
    auto e = m_ws.timeline().get(entryId);
    if (!e)
        return keep(e.status());
    e->helpfulness = helpfulness;
    keep(m_ws.timeline().update(*e));
}

void DemoWriter::promise(const char *caseHandle, RowId entryId, const char *contactHandle,
                         const char *what, int madeDaysAgo, int dueDaysAgo, CommitmentStatus status,
                         const char *statusNote)
{
    Commitment c;
    c.caseId = id(caseHandle);
    c.entryId = entryId;
    c.contactId = id(contactHandle);
    c.madeByName = m_contacts.value(c.contactId).name;
    c.what = QString::fromUtf8(what);
    c.madeAt = at(madeDaysAgo, 11, 0);
    c.dueAt = at(dueDaysAgo, 17, 0);
    c.status = status;
    if (status != CommitmentStatus::Pending)
        c.statusChangedAt = at(dueDaysAgo > 0 ? dueDaysAgo - 1 : 0, 9, 30);
    c.statusNote = QString::fromUtf8(statusNote);
    keep(m_ws.commitments().add(c));
}

RowId DemoWriter::followUp(const char *caseHandle, const char *contactHandle, const char *what,
                           int dueDaysAgo, int hour, int untilHour, RowId commitmentId)
{
    FollowUp f;
    f.caseId = id(caseHandle);
    f.contactId = contactHandle ? id(contactHandle) : 0;
    f.commitmentId = commitmentId;
    f.what = QString::fromUtf8(what);
    f.setDue(untilHour < 0
                 ? DueWindow::moment(at(dueDaysAgo, hour, 0))
                 : DueWindow::window(at(dueDaysAgo, hour, 0), at(dueDaysAgo, untilHour, 0)));
    keep(m_ws.followUps().add(f));
    return f.meta.id;
}

void DemoWriter::callbackPromised(const char *caseHandle, RowId entryId, const char *byHandle,
                                  const char *actorHandle, const char *what, int madeDaysAgo,
                                  int dueDaysAgo, int fromHour, int untilHour)
{
    Commitment c;
    c.caseId = id(caseHandle);
    c.entryId = entryId;
    c.contactId = id(byHandle);
    c.madeByName = m_contacts.value(c.contactId).name;
    c.actorId = id(actorHandle);
    c.actorName = m_contacts.value(c.actorId).name;
    c.what = QString::fromUtf8(what);
    c.madeAt = at(madeDaysAgo, 16, 20);
    c.setDue(DueWindow::window(at(dueDaysAgo, fromHour, 0), at(dueDaysAgo, untilHour, 0)));
    c.statusChangedAt = c.madeAt;
    keep(m_ws.commitments().add(c));
    followUp(caseHandle, actorHandle, what, dueDaysAgo, fromHour, untilHour, c.meta.id);
}

void DemoWriter::step(const char *caseHandle, EscalationLevel level, const char *contactHandle,
                      const char *organizationHandle, EscalationStatus status, int doneDaysAgo,
                      const char *note)
{
    Q_ASSERT((status == EscalationStatus::Done) == (doneDaysAgo >= 0));
    EscalationStep s;
    s.caseId = id(caseHandle);
    s.level = level;
    s.contactId = contactHandle ? id(contactHandle) : 0;
    s.organizationId = organizationHandle ? id(organizationHandle) : 0;
    s.status = status;
    s.note = QString::fromUtf8(note);
    if (status == EscalationStatus::Done)
        s.doneAt = at(doneDaysAgo, 17, 30);
    keep(m_ws.escalation().append(s));
}

void DemoWriter::routine(const char *caseHandle, int fromDaysAgo, int toDaysAgo, int count,
                         const QList<const char *> &contactHandles)
{
    static const char *const kSummaries[] = {
        "Status check: told the file is \"with the back office\"",
        "Automated acknowledgement of my e-mail",
        "Asked for the reference number again; given the same one",
        "Hold music, then transferred to the wrong department",
        "Rep read back the account notes; nothing new added",
        "Sent a reminder with the timeline so far attached",
        "Chat: agent promised to escalate internally",
        "Left a voicemail with the case reference and my number",
        "Confirmed mailing address and the amount in dispute",
        "Reply: \"we are looking into it\"",
    };
    static const Channel kChannels[] = {Channel::Call, Channel::Email, Channel::Call, Channel::Call,
                                        Channel::Call, Channel::Email, Channel::Chat, Channel::Call,
                                        Channel::Call, Channel::Email};
    for (int i = 0; i < count; ++i) {
        const int pick = int(m_random.bounded(10));
        const int day = fromDaysAgo - int((fromDaysAgo - toDaysAgo) * (i + 0.5) / count);
        const auto *who = contactHandles.at(int(m_random.bounded(contactHandles.size())));
        const bool call = kChannels[pick] == Channel::Call;
        const int minutes = call ? 4 + int(m_random.bounded(30)) : 0;
        entry(caseHandle, day, 9 + int(m_random.bounded(8)), int(m_random.bounded(60)),
              kChannels[pick], who, kSummaries[pick], "", minutes,
              call ? int(m_random.bounded(minutes / 2)) : 0, 1 + int(m_random.bounded(4)));
    }
}

void DemoWriter::keep(const Status &status)
{
    if (m_status && !status)
        m_status = status;
}

Instant DemoWriter::at(int daysAgo, int hour, int minute) const
{
    auto local = m_now.addDays(-daysAgo);
    local.setTime(QTime(hour, minute));
    return Instant::fromDateTime(local);
}

} // namespace leverage

#include "tests/models/Seed.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {
namespace {

Instant minutesFromNow(Workspace &ws, qint64 minutes)
{
    return Instant::fromDateTime(ws.clock().now().addSecs(60 * minutes));
}

void check(const Status &status, const char *what)
{
    EXPECT_TRUE(status) << what << ": " << status.message().toStdString();
}

} // namespace

Organization Seed::organization(Workspace &ws, const QString &name)
{
    Organization o;
    o.name = name;
    o.phone = QStringLiteral("+1 800 555 0100");
    check(ws.organizations().add(o), "organization");
    return o;
}

Contact Seed::contact(Workspace &ws, RowId organizationId, const QString &name, RowId supervisorId,
                      const QString &position)
{
    Contact c;
    c.organizationId = organizationId;
    c.supervisorId = supervisorId;
    c.name = name;
    c.position = position;
    c.extension = QStringLiteral("4411");
    check(ws.contacts().add(c), "contact");
    return c;
}

Case Seed::caseRow(Workspace &ws, const QString &title, RowId organizationId,
                   qint64 openedMinutesAfterNow)
{
    Case c;
    c.title = title;
    c.organizationId = organizationId;
    c.openedAt = minutesFromNow(ws, openedMinutesAfterNow);
    check(ws.cases().add(c), "case");
    return c;
}

TimelineEntry Seed::entry(Workspace &ws, RowId caseId, qint64 minutesAfterNow,
                          const QString &summary, RowId contactId)
{
    TimelineEntry e;
    e.caseId = caseId;
    e.occurredAt = minutesFromNow(ws, minutesAfterNow);
    e.summary = summary;
    e.contactId = contactId;
    e.personName = QStringLiteral("Dana");
    e.personPosition = QStringLiteral("Agent");
    e.durationSeconds = 12 * 60;
    e.holdSeconds = 5 * 60;
    e.effort = 3;
    check(ws.timeline().add(e), "entry");
    return e;
}

Commitment Seed::commitment(Workspace &ws, RowId caseId, const QString &what,
                            qint64 madeMinutesAfterNow, RowId entryId, RowId contactId)
{
    Commitment c;
    c.caseId = caseId;
    c.what = what;
    c.madeAt = minutesFromNow(ws, madeMinutesAfterNow);
    c.dueAt = minutesFromNow(ws, madeMinutesAfterNow + 60 * 24);
    c.entryId = entryId;
    c.contactId = contactId;
    c.madeByName = QStringLiteral("Dana");
    check(ws.commitments().add(c), "commitment");
    return c;
}

FollowUp Seed::followUp(Workspace &ws, RowId caseId, const QString &what, RowId contactId,
                        RowId commitmentId)
{
    FollowUp f;
    f.caseId = caseId;
    f.what = what;
    f.contactId = contactId;
    f.commitmentId = commitmentId;
    f.dueAt = minutesFromNow(ws, 60 * 48);
    check(ws.followUps().add(f), "follow-up");
    return f;
}

EscalationStep Seed::step(Workspace &ws, RowId caseId, RowId contactId, RowId organizationId)
{
    EscalationStep s;
    s.caseId = caseId;
    s.contactId = contactId;
    s.organizationId = organizationId;
    s.level = EscalationLevel::Supervisor;
    check(ws.escalation().append(s), "escalation step");
    return s;
}

} // namespace leverage::testing

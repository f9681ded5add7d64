#include "tests/dossier/DossierCaseBuilder.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"

#include <gtest/gtest.h>

namespace leverage::testing {

DossierCaseBuilder::DossierCaseBuilder(Workspace &workspace) : m_ws(workspace)
{
    Organization organization;
    organization.name = QStringLiteral("Northwind Rail");
    EXPECT_TRUE(m_ws.organizations().add(organization));
    Contact contact;
    contact.organizationId = organization.meta.id;
    contact.name = QStringLiteral("Dana Fox");
    contact.position = QStringLiteral("Refunds Desk");
    EXPECT_TRUE(m_ws.contacts().add(contact));
    m_contactId = contact.meta.id;
    Case theCase;
    theCase.title = QStringLiteral("Season ticket refund");
    theCase.organizationId = organization.meta.id;
    theCase.reference = QStringLiteral("ST-1");
    theCase.openedAt = at(30);
    theCase.amountSoughtCents = 123456;
    EXPECT_TRUE(m_ws.cases().add(theCase));
    m_caseId = theCase.meta.id;
}

Instant DossierCaseBuilder::at(int daysAgo, int hour) const
{
    QDateTime when = m_ws.clock().now().addDays(-daysAgo);
    when.setTime(QTime(hour, 0));
    return Instant::fromDateTime(when);
}

RowId DossierCaseBuilder::entry(int daysAgo, const QString &summary, const QString &notes,
                                bool isPrivate, Channel channel)
{
    TimelineEntry entry;
    entry.caseId = m_caseId;
    entry.occurredAt = at(daysAgo);
    entry.contactId = m_contactId;
    entry.personName = QStringLiteral("Dana Fox");
    entry.personPosition = QStringLiteral("Refunds Desk");
    entry.summary = summary;
    entry.notes = notes;
    entry.isPrivate = isPrivate;
    entry.channel = channel;
    entry.durationSeconds = 600;
    entry.holdSeconds = 120;
    EXPECT_TRUE(m_ws.timeline().add(entry));
    return entry.meta.id;
}

RowId DossierCaseBuilder::commitment(int madeDaysAgo, int dueDaysAgo, const QString &what,
                                     CommitmentStatus status)
{
    Commitment commitment;
    commitment.caseId = m_caseId;
    commitment.contactId = m_contactId;
    commitment.madeByName = QStringLiteral("Dana Fox");
    commitment.what = what;
    commitment.madeAt = at(madeDaysAgo);
    commitment.dueAt = at(dueDaysAgo);
    commitment.status = status;
    EXPECT_TRUE(m_ws.commitments().add(commitment));
    return commitment.meta.id;
}

} // namespace leverage::testing

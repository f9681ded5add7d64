#pragma once

#include "core/domain/Case.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/Organization.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// An airline, three of its people and a case whose path the tests climb and reorder.
class EscalationFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Organization airline;
        airline.name = QStringLiteral("Atlas Airways");
        ASSERT_TRUE(ws->organizations().add(airline));
        organizationId = airline.meta.id;
        kevinId =
            addContact(QStringLiteral("Kevin Hale"), QStringLiteral("Customer Service Agent"));
        tanyaId = addContact(QStringLiteral("Tanya Brooks"), QStringLiteral("Refunds Supervisor"));
        helenId = addContact(QStringLiteral("Helen Voss"),
                             QStringLiteral("Director, Executive Customer Relations"));
        caseId = addCase(QStringLiteral("Hotel reimbursement"));
        otherCaseId = addCase(QStringLiteral("Lost bag"));
    }

    RowId addContact(const QString &name, const QString &position)
    {
        Contact c;
        c.organizationId = organizationId;
        c.name = name;
        c.position = position;
        EXPECT_TRUE(ws->contacts().add(c));
        return c.meta.id;
    }

    RowId addCase(const QString &title)
    {
        Case c;
        c.title = title;
        c.organizationId = organizationId;
        c.openedAt = Instant::fromDateTime(ws.clock().now().addDays(-30));
        EXPECT_TRUE(ws->cases().add(c));
        return c.meta.id;
    }

    RowId addStep(RowId onCase, EscalationLevel level, RowId contactId,
                  EscalationStatus status = EscalationStatus::Planned,
                  const QString &targetText = {})
    {
        EscalationStep s;
        s.caseId = onCase;
        s.level = level;
        s.contactId = contactId;
        s.targetText = targetText;
        s.status = status;
        auto result = ws->escalation().append(s);
        EXPECT_TRUE(result) << result.message().toStdString();
        return s.meta.id;
    }

    // Front line (done) → Supervisor Tanya (current) → Manager (skipped) → Executive office.
    void addUsualPath()
    {
        frontLineId = addStep(caseId, EscalationLevel::FrontLine, kevinId, EscalationStatus::Done);
        supervisorId =
            addStep(caseId, EscalationLevel::Supervisor, tanyaId, EscalationStatus::Current);
        managerId = addStep(caseId, EscalationLevel::Manager, 0, EscalationStatus::Skipped,
                            QStringLiteral("Raymond Ortiz"));
        executiveId = addStep(caseId, EscalationLevel::ExecutiveOffice, 0);
    }

    QList<RowId> pathIds(RowId onCase)
    {
        QList<RowId> ids;
        auto path = ws->escalation().forCase(onCase);
        EXPECT_TRUE(path);
        if (path)
            for (const auto &s : *path)
                ids.append(s.meta.id);
        return ids;
    }

    EscalationStep step(RowId id)
    {
        auto s = ws->escalation().get(id);
        EXPECT_TRUE(s) << s.message().toStdString();
        return s ? *s : EscalationStep{};
    }

    qint64 entryCount(RowId onCase)
    {
        auto count = ws->timeline().count(onCase);
        EXPECT_TRUE(count);
        return count ? *count : -1;
    }

    TestWorkspace ws;
    RowId organizationId = 0;
    RowId kevinId = 0, tanyaId = 0, helenId = 0;
    RowId caseId = 0, otherCaseId = 0;
    RowId frontLineId = 0, supervisorId = 0, managerId = 0, executiveId = 0;
};

} // namespace leverage::testing

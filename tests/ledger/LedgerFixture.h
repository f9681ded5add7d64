#pragma once

#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// A temporary workspace (clock at Monday 2026-03-02 09:00 UTC-05:00) and small builders for
// the rows a ledger test needs.
class LedgerFixture : public ::testing::Test
{
protected:
    TestWorkspace ws;

    QDateTime now() { return ws.clock().now(); }
    Instant inHours(double hours)
    {
        return Instant::fromDateTime(now().addSecs(qint64(hours * 3600)));
    }

    RowId addOrganization(const QString &name)
    {
        Organization o;
        o.name = name;
        EXPECT_TRUE(ws->organizations().add(o));
        return o.meta.id;
    }
    RowId addContact(const QString &name, RowId organizationId, const QString &position = {})
    {
        Contact c;
        c.name = name;
        c.position = position;
        c.organizationId = organizationId;
        EXPECT_TRUE(ws->contacts().add(c));
        return c.meta.id;
    }
    RowId addCase(const QString &title, RowId organizationId = 0)
    {
        Case c;
        c.title = title;
        c.organizationId = organizationId;
        c.openedAt = Instant::fromDateTime(now());
        EXPECT_TRUE(ws->cases().add(c));
        return c.meta.id;
    }
    RowId addCommitment(RowId caseId, RowId contactId, const QString &what, Instant due,
                        CommitmentStatus status = CommitmentStatus::Pending)
    {
        Commitment c;
        c.caseId = caseId;
        c.contactId = contactId;
        c.what = what;
        c.madeAt = Instant::fromDateTime(now().addDays(-3));
        c.dueAt = due;
        c.status = status;
        if (status != CommitmentStatus::Pending)
            c.statusChangedAt = Instant::fromDateTime(now().addDays(-1));
        auto status2 = ws->commitments().add(c);
        EXPECT_TRUE(status2) << status2.message().toStdString();
        return c.meta.id;
    }
    // "The supervisor calls back Thursday 5 March, 14:00–16:00 (UTC-05:00)", stored on a case
    // of its own.
    FollowUp addCallbackInAWindow()
    {
        const auto org = addOrganization(QStringLiteral("Meridian"));
        FollowUp callback;
        callback.caseId = addCase(QStringLiteral("MRI claim"), org);
        callback.contactId = addContact(QStringLiteral("Carl Jensen"), org);
        callback.what = QStringLiteral("Supervisor calls back");
        const QDateTime thursday(QDate(2026, 3, 5), QTime(14, 0), Qt::OffsetFromUTC, -5 * 3600);
        callback.setDue(DueWindow::window(Instant::fromDateTime(thursday),
                                          Instant::fromDateTime(thursday.addSecs(2 * 3600))));
        EXPECT_TRUE(ws->followUps().add(callback));
        return callback;
    }
    RowId addFollowUp(RowId caseId, const QString &what, Instant due, RowId contactId = 0)
    {
        FollowUp f;
        f.caseId = caseId;
        f.contactId = contactId;
        f.what = what;
        f.dueAt = due;
        auto status = ws->followUps().add(f);
        EXPECT_TRUE(status) << status.message().toStdString();
        return f.meta.id;
    }
};

} // namespace leverage::testing

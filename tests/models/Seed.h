#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/FollowUp.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"

namespace leverage {
class Workspace;
}

namespace leverage::testing {

// Rows for model and undo tests, stored straight through the repositories (not the editor)
// so each test starts from a known store. Failures are reported to GoogleTest.
struct Seed
{
    static Organization organization(Workspace &ws, const QString &name);
    static Contact contact(Workspace &ws, RowId organizationId, const QString &name,
                           RowId supervisorId = 0, const QString &position = {});
    static Case caseRow(Workspace &ws, const QString &title, RowId organizationId = 0,
                        qint64 openedMinutesAfterNow = 0);
    static TimelineEntry entry(Workspace &ws, RowId caseId, qint64 minutesAfterNow,
                               const QString &summary = {}, RowId contactId = 0);
    static Commitment commitment(Workspace &ws, RowId caseId, const QString &what,
                                 qint64 madeMinutesAfterNow, RowId entryId = 0,
                                 RowId contactId = 0);
    static FollowUp followUp(Workspace &ws, RowId caseId, const QString &what, RowId contactId = 0,
                             RowId commitmentId = 0);
    static EscalationStep step(Workspace &ws, RowId caseId, RowId contactId = 0,
                               RowId organizationId = 0);
};

} // namespace leverage::testing

#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/TimelineEntry.h"
#include "core/store/Workspace.h"

namespace leverage::testing {

// Builds a small case by hand for dossier tests: one organization, one contact, entries and
// commitments dated in days from the workspace clock's now.
class DossierCaseBuilder
{
public:
    explicit DossierCaseBuilder(Workspace &workspace);

    RowId caseId() const { return m_caseId; }
    RowId contactId() const { return m_contactId; }
    // An entry `daysAgo` days before now at 10:00 with the clock's offset.
    RowId entry(int daysAgo, const QString &summary, const QString &notes = {},
                bool isPrivate = false, Channel channel = Channel::Call);
    RowId commitment(int madeDaysAgo, int dueDaysAgo, const QString &what, CommitmentStatus status);
    Instant at(int daysAgo, int hour = 10) const;

private:
    Workspace &m_ws;
    RowId m_caseId = 0;
    RowId m_contactId = 0;
};

} // namespace leverage::testing

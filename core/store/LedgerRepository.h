#pragma once

#include "core/domain/Ids.h"
#include "core/ledger/LedgerItemKind.h"
#include "core/ledger/TrackRecord.h"
#include "core/util/Result.h"

#include <QList>
#include <optional>

namespace leverage {

class Workspace;

// The ledger's read-only questions that are best answered by SQL: counts per person or
// organization, and the moments the reminder scheduler waits for. Every value is bound.
class LedgerRepository final
{
public:
    // Something that asks for attention at a moment: an open follow-up (its due time or the
    // end of its snooze) or a pending commitment's due time.
    struct DueItem
    {
        LedgerItemKind kind = LedgerItemKind::FollowUp;
        RowId id = 0;
        RowId caseId = 0;
        qint64 dueMs = 0;
        friend bool operator==(const DueItem &, const DueItem &) = default;
    };

    explicit LedgerRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<TrackRecord> forContact(RowId contactId) const;
    // Promises made by the organization's people, and those recorded on its cases without a
    // known person.
    Result<TrackRecord> forOrganization(RowId organizationId) const;

    // Items due in (afterMs, untilMs], soonest first.
    Result<QList<DueItem>> dueBetween(qint64 afterMs, qint64 untilMs) const;
    // The first moment after `afterMs` at which something comes due, if any.
    Result<std::optional<qint64>> nextDueAfter(qint64 afterMs) const;

private:
    Result<TrackRecord> countByStatus(const QString &sql, RowId id) const;

    Workspace &m_workspace;
};

} // namespace leverage

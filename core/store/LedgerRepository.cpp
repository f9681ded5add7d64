#include "core/store/LedgerRepository.h"

#include "core/domain/CommitmentStatus.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"

namespace leverage {
namespace {

// A follow-up asks for attention at its due time, or at the end of a snooze past it.
const char *const kFollowUpDue =
    "CASE WHEN snoozed_until_at IS NULL THEN due_at "
    "WHEN due_at IS NULL OR snoozed_until_at > due_at THEN snoozed_until_at ELSE due_at END";

// A window also asks for attention when it opens ("due now"), besides when it closes.
const char *const kWindowOpens = "CASE WHEN due_form = 'window' THEN due_from_at END";

} // namespace

Result<TrackRecord> LedgerRepository::countByStatus(const QString &sql, RowId id) const
{
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status.error();
    TrackRecord record;
    while (statement.next()) {
        const auto status = commitmentStatusFromKey(statement.value(0).toString());
        const int count = statement.value(1).toInt();
        record.made += count;
        if (!status)
            continue;
        switch (*status) {
        case CommitmentStatus::Pending:
            record.pending += count;
            break;
        case CommitmentStatus::Kept:
            record.kept += count;
            break;
        case CommitmentStatus::Broken:
            record.broken += count;
            break;
        case CommitmentStatus::Withdrawn:
            record.withdrawn += count;
            break;
        }
    }
    return record;
}

Result<TrackRecord> LedgerRepository::forContact(RowId contactId) const
{
    return countByStatus(QStringLiteral("SELECT status, COUNT(*) FROM commitments "
                                        "WHERE contact_id = :id GROUP BY status"),
                         contactId);
}

Result<TrackRecord> LedgerRepository::forOrganization(RowId organizationId) const
{
    // The person's organization wins; the case's organization stands in when no person
    // is linked (a promise noted only by name).
    return countByStatus(
        QStringLiteral("SELECT m.status, COUNT(*) FROM commitments m "
                       "LEFT JOIN contacts p ON p.id = m.contact_id "
                       "JOIN cases c ON c.id = m.case_id "
                       "WHERE COALESCE(p.organization_id, c.organization_id) = :id "
                       "GROUP BY m.status"),
        organizationId);
}

Result<QList<LedgerRepository::DueItem>> LedgerRepository::dueBetween(qint64 afterMs,
                                                                      qint64 untilMs) const
{
    const QString sql =
        QStringLiteral("SELECT kind, id, case_id, due FROM (SELECT 0 AS kind, id, case_id, ") +
        QLatin1String(kFollowUpDue) +
        QStringLiteral(" AS due FROM follow_ups WHERE done_at IS NULL "
                       "UNION ALL SELECT 0, id, case_id, ") +
        QLatin1String(kWindowOpens) +
        QStringLiteral(" FROM follow_ups WHERE done_at IS NULL AND snoozed_until_at IS NULL "
                       "UNION ALL SELECT 1, id, case_id, due_at FROM commitments "
                       "WHERE status = :pending "
                       "UNION ALL SELECT 1, id, case_id, ") +
        QLatin1String(kWindowOpens) +
        QStringLiteral(" FROM commitments WHERE status = :pending2) d "
                       "WHERE due > :after AND due <= :until ORDER BY 4, 1, 2");
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":after"), afterMs)
        .bind(QStringLiteral(":until"), untilMs)
        .bind(QStringLiteral(":pending"), commitmentStatusKey(CommitmentStatus::Pending))
        .bind(QStringLiteral(":pending2"), commitmentStatusKey(CommitmentStatus::Pending));
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<DueItem> items;
    while (statement.next())
        items.append({statement.value(0).toInt() == 0 ? LedgerItemKind::FollowUp
                                                      : LedgerItemKind::Commitment,
                      statement.value(1).toLongLong(), statement.value(2).toLongLong(),
                      statement.value(3).toLongLong()});
    return items;
}

Result<std::optional<qint64>> LedgerRepository::nextDueAfter(qint64 afterMs) const
{
    const QString sql = QStringLiteral("SELECT MIN(due) FROM (SELECT ") +
                        QLatin1String(kFollowUpDue) +
                        QStringLiteral(" AS due FROM follow_ups WHERE done_at IS NULL "
                                       "UNION ALL SELECT ") +
                        QLatin1String(kWindowOpens) +
                        QStringLiteral(" FROM follow_ups WHERE done_at IS NULL AND "
                                       "snoozed_until_at IS NULL "
                                       "UNION ALL SELECT due_at FROM commitments "
                                       "WHERE status = :pending UNION ALL SELECT ") +
                        QLatin1String(kWindowOpens) +
                        QStringLiteral(" FROM commitments WHERE status = :pending2) d "
                                       "WHERE due > :after");
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":after"), afterMs)
        .bind(QStringLiteral(":pending"), commitmentStatusKey(CommitmentStatus::Pending))
        .bind(QStringLiteral(":pending2"), commitmentStatusKey(CommitmentStatus::Pending));
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next() || statement.value(0).isNull())
        return std::optional<qint64>{};
    return std::optional<qint64>{statement.value(0).toLongLong()};
}

} // namespace leverage

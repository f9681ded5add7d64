#include "core/store/ContactQueries.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"

namespace leverage {
namespace {

// The last entry a contact was part of, as the person spoken to or as a participant. Two
// separate lookups, so each is a seek on an index (entries_by_contact_time, participants_by_
// contact) instead of a scan of the timeline; SQLite's max() of NULL is NULL, hence coalesce.
const char *const kLastContact =
    "nullif(max(coalesce((SELECT max(e.occurred_at) FROM timeline_entries e "
    "WHERE e.contact_id = c.id), 0), coalesce((SELECT max(e.occurred_at) FROM "
    "entry_participants p JOIN timeline_entries e ON e.id = p.entry_id "
    "WHERE p.contact_id = c.id), 0)), 0)";
const char *const kLastOffset =
    "(SELECT e.occurred_offset FROM timeline_entries e WHERE e.contact_id = c.id "
    "ORDER BY e.occurred_at DESC LIMIT 1)";

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<QList<ContactSummary>> ContactQueries::search(const ContactSearch &search) const
{
    const QString sql =
        QStringLiteral("SELECT c.id, c.name, c.position, c.organization_id, "
                       "COALESCE(o.name, ''), c.is_gateway, %1 AS last_at, %2 "
                       "FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id "
                       "WHERE (:all = 1 OR c.name %3 :pattern ESCAPE '\\' "
                       "OR o.name %3 :pattern ESCAPE '\\' "
                       "OR c.position %3 :pattern ESCAPE '\\') "
                       "AND (:gateways = 0 OR c.is_gateway = 1) "
                       "ORDER BY last_at IS NULL, last_at DESC, %4, c.id "
                       "LIMIT :limit")
            .arg(QLatin1String(kLastContact), QLatin1String(kLastOffset),
                 m_workspace.dialect().like(),
                 m_workspace.dialect().caseless(QStringLiteral("c.name")));
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":all"), search.text.trimmed().isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":pattern"), likePattern(search.text))
        .bind(QStringLiteral(":gateways"), search.gatewaysOnly ? 1 : 0)
        .bind(QStringLiteral(":limit"), search.limit);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<ContactSummary> rows;
    while (statement.next()) {
        ContactSummary row;
        row.id = statement.value(0).toLongLong();
        row.name = statement.value(1).toString();
        row.position = statement.value(2).toString();
        row.organizationId = statement.value(3).toLongLong();
        row.organizationName = statement.value(4).toString();
        row.isGateway = statement.value(5).toInt() != 0;
        if (!statement.value(6).isNull())
            row.lastContact =
                Instant::fromUtcMs(statement.value(6).toLongLong(), statement.value(7).toInt());
        rows.append(row);
    }
    return rows;
}

Result<QList<RowId>> ContactQueries::contactIds(std::optional<RowId> organizationId) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT c.id FROM contacts c LEFT JOIN organizations o ON o.id = "
                       "c.organization_id WHERE (:any = 1 OR c.organization_id = :org) "
                       "ORDER BY %1, %2, c.id")
            .arg(m_workspace.dialect().caseless(QStringLiteral("o.name")),
                 m_workspace.dialect().caseless(QStringLiteral("c.name"))));
    statement.bind(QStringLiteral(":any"), organizationId ? 0 : 1)
        .bind(QStringLiteral(":org"), organizationId.value_or(0));
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<RowId> ids;
    while (statement.next())
        ids.append(statement.value(0).toLongLong());
    return ids;
}

Result<QList<QPair<RowId, QString>>> ContactQueries::namesIn(RowId organizationId) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT id, name FROM contacts WHERE organization_id = :org "
                                       "OR (:org = 0 AND organization_id IS NULL) ORDER BY id"));
    statement.bind(QStringLiteral(":org"), organizationId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<QPair<RowId, QString>> rows;
    while (statement.next())
        rows.append({statement.value(0).toLongLong(), statement.value(1).toString()});
    return rows;
}

Result<RowId> ContactQueries::idByUuid(const QString &uuid) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT id FROM contacts WHERE uuid = :uuid"));
    statement.bind(QStringLiteral(":uuid"), uuid);
    if (auto status = statement.exec(); !status)
        return status.error();
    return statement.next() ? statement.value(0).toLongLong() : RowId(0);
}

Result<QList<Involvement>> ContactQueries::involvements(RowId contactId) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT e.id, e.case_id, e.occurred_at, e.occurred_offset, "
                       "COALESCE((SELECT MAX(p.helpfulness) FROM entry_participants p "
                       "WHERE p.entry_id = e.id AND p.contact_id = :contact), "
                       "CASE WHEN e.contact_id = :contact THEN e.helpfulness END) "
                       "FROM timeline_entries e WHERE e.contact_id = :contact OR e.id IN "
                       "(SELECT entry_id FROM entry_participants WHERE contact_id = :contact) "
                       "ORDER BY e.occurred_at, e.id"));
    statement.bind(QStringLiteral(":contact"), contactId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<Involvement> rows;
    while (statement.next()) {
        Involvement row;
        row.entryId = statement.value(0).toLongLong();
        row.caseId = statement.value(1).toLongLong();
        row.occurredAt =
            Instant::fromUtcMs(statement.value(2).toLongLong(), statement.value(3).toInt());
        if (!statement.value(4).isNull())
            row.helpfulness = statement.value(4).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace leverage

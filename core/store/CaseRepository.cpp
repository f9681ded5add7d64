#include "core/store/CaseRepository.h"

#include <algorithm>

namespace leverage {
namespace {

TableMapping<Case> caseMapping()
{
    TableMapping<Case> m(QStringLiteral("cases"));
    m.text(QStringLiteral("title"), &Case::title)
        .link(QStringLiteral("organization_id"), &Case::organizationId)
        .text(QStringLiteral("reference"), &Case::reference)
        .text(QStringLiteral("desired_outcome"), &Case::desiredOutcome)
        .enumeration(QStringLiteral("status"), &Case::status, &caseStatusKey, &caseStatusFromKey)
        .text(QStringLiteral("outcome"), &Case::outcome)
        .bigInteger(QStringLiteral("amount_sought_cents"), &Case::amountSoughtCents)
        .bigInteger(QStringLiteral("amount_recovered_cents"), &Case::amountRecoveredCents)
        .text(QStringLiteral("currency"), &Case::currency)
        .instant(QStringLiteral("opened"), &Case::openedAt)
        .instant(QStringLiteral("last_activity"), &Case::lastActivityAt);
    return m;
}

// The sort key as SQL; ties are broken by id so the order is total and stable.
QString orderExpression(CaseQuery::SortBy sortBy)
{
    switch (sortBy) {
    case CaseQuery::SortBy::Title:
        return QStringLiteral("lower(c.title)");
    case CaseQuery::SortBy::Organization:
        return QStringLiteral("lower(coalesce(o.name, ''))");
    case CaseQuery::SortBy::Status:
        return QStringLiteral("c.status");
    case CaseQuery::SortBy::Opened:
        return QStringLiteral("coalesce(c.opened_at, 0)");
    case CaseQuery::SortBy::LastActivity:
        break;
    }
    return QStringLiteral("coalesce(c.last_activity_at, c.opened_at, 0)");
}

QString whereClause(const CaseQuery &query, QVariantMap &bindings)
{
    QStringList conditions;
    if (query.status) {
        conditions << QStringLiteral("c.status = :status");
        bindings.insert(QStringLiteral(":status"), caseStatusKey(*query.status));
    }
    if (!query.titleContains.trimmed().isEmpty()) {
        conditions << QStringLiteral("lower(c.title) LIKE :title ESCAPE '\\'");
        auto pattern = query.titleContains.trimmed().toLower();
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        bindings.insert(QStringLiteral(":title"),
                        QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString kFrom =
    QStringLiteral(" FROM cases c LEFT JOIN organizations o ON o.id = c.organization_id ");

} // namespace

CaseRepository::CaseRepository(Workspace &workspace)
    : Repository(workspace, caseMapping(),
                 {[&workspace](const Case &c) { Q_EMIT workspace.caseAdded(c.meta.id); },
                  [&workspace](const Case &c) { Q_EMIT workspace.caseChanged(c.meta.id); },
                  [&workspace](const Case &c) { Q_EMIT workspace.caseRemoved(c.meta.id); }})
{
}

Result<QList<CaseSummary>> CaseRepository::page(const CaseQuery &query, int offset, int limit) const
{
    QVariantMap bindings;
    const auto direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT ") + m_table.mapping().selectList(QStringLiteral("c")) +
        QStringLiteral(", o.name") + kFrom + whereClause(query, bindings) +
        QStringLiteral(" ORDER BY ") + orderExpression(query.sortBy) + direction +
        QStringLiteral(", c.id") + direction + QStringLiteral(" LIMIT :limit OFFSET :offset");
    Statement statement(m_workspace.database(), sql);
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        statement.bind(it.key(), it.value());
    statement.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<CaseSummary> rows;
    rows.reserve(std::max(0, statement.query().size()));
    const int nameColumn = m_table.mapping().columnCount();
    while (statement.next()) {
        const ResultRow row(statement.query());
        rows.append({m_table.mapping().read(row, &Case::meta), row.toString(nameColumn)});
    }
    return rows;
}

Result<qint64> CaseRepository::count(const CaseQuery &query) const
{
    QVariantMap bindings;
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT count(*)") + kFrom + whereClause(query, bindings));
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        statement.bind(it.key(), it.value());
    if (auto status = statement.exec(); !status)
        return status.error();
    statement.next();
    return statement.value(0).toLongLong();
}

Result<qint64> CaseRepository::rowOf(const CaseQuery &query, RowId caseId) const
{
    QVariantMap bindings;
    auto where = whereClause(query, bindings);
    // Is the case in the filtered list at all?
    Statement member(
        m_workspace.database(),
        QStringLiteral("SELECT ") + orderExpression(query.sortBy) + kFrom +
            (where.isEmpty() ? QStringLiteral("WHERE ") : where + QStringLiteral(" AND ")) +
            QStringLiteral("c.id = :case"));
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        member.bind(it.key(), it.value());
    member.bind(QStringLiteral(":case"), caseId);
    if (auto status = member.exec(); !status)
        return status.error();
    if (!member.next())
        return qint64(-1);
    const auto key = member.value(0);
    // Rows before it: those whose key sorts earlier, or the same key and an earlier id.
    const auto before = query.descending ? QStringLiteral(">") : QStringLiteral("<");
    const auto expression = orderExpression(query.sortBy);
    Statement countBefore(
        m_workspace.database(),
        QStringLiteral("SELECT count(*)") + kFrom +
            (where.isEmpty() ? QStringLiteral("WHERE ") : where + QStringLiteral(" AND ")) +
            QStringLiteral("(") + expression + before + QStringLiteral(" :key OR (") + expression +
            QStringLiteral(" = :key AND c.id ") + before + QStringLiteral(" :case))"));
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        countBefore.bind(it.key(), it.value());
    countBefore.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":case"), caseId);
    if (auto status = countBefore.exec(); !status)
        return status.error();
    countBefore.next();
    return countBefore.value(0).toLongLong();
}

Result<CaseSummary> CaseRepository::summary(RowId caseId) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT ") + m_table.mapping().selectList(QStringLiteral("c")) +
            QStringLiteral(", o.name") + kFrom + QStringLiteral("WHERE c.id = :id LIMIT 1"));
    statement.bind(QStringLiteral(":id"), caseId);
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That case no longer exists.")};
    return CaseSummary{m_table.mapping().read(statement.query(), &Case::meta),
                       statement.value(m_table.mapping().columnCount()).toString()};
}

Result<QList<CaseOrganization>> CaseRepository::involvedOrganizations(RowId caseId) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT co.organization_id, co.role, co.referred_by_id FROM "
                       "case_organizations co JOIN cases c ON c.id = co.case_id WHERE "
                       "co.case_id = :case ORDER BY CASE WHEN co.organization_id = "
                       "c.organization_id THEN 0 ELSE 1 END, co.position, co.organization_id"));
    statement.bind(QStringLiteral(":case"), caseId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<CaseOrganization> rows;
    while (statement.next())
        rows.append({statement.value(0).toLongLong(), statement.value(1).toString(),
                     statement.value(2).toLongLong()});
    return rows;
}

Status CaseRepository::setInvolvedOrganizations(RowId caseId,
                                                const QList<CaseOrganization> &organizations)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement clear(m_workspace.database(),
                    QStringLiteral("DELETE FROM case_organizations WHERE case_id = :case"));
    clear.bind(QStringLiteral(":case"), caseId);
    if (auto status = clear.exec(); !status)
        return status;
    QList<RowId> listed;
    for (const auto &organization : organizations) {
        if (organization.organizationId <= 0 || listed.contains(organization.organizationId))
            continue; // each organization once: the first row given wins
        listed << organization.organizationId;
        Statement insert(m_workspace.database(),
                         QStringLiteral("INSERT INTO case_organizations (case_id, "
                                        "organization_id, role, referred_by_id, position) VALUES "
                                        "(:case, :org, :role, :referrer, :position)"));
        insert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":org"), organization.organizationId)
            .bind(QStringLiteral(":role"),
                  organization.role.isNull() ? QStringLiteral("") : organization.role.trimmed())
            .bind(QStringLiteral(":referrer"),
                  organization.referredById > 0 &&
                          organization.referredById != organization.organizationId
                      ? QVariant(organization.referredById)
                      : QVariant(QMetaType::fromType<qint64>()))
            .bind(QStringLiteral(":position"), int(listed.size()));
        if (auto status = insert.exec(); !status)
            return status;
    }
    if (auto status = listOwnOrganization(caseId); !status)
        return status;
    m_workspace.afterCommit([this, caseId] { Q_EMIT m_workspace.caseChanged(caseId); });
    return transaction.commit();
}

Status CaseRepository::listOwnOrganization(RowId caseId)
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("INSERT INTO case_organizations (case_id, organization_id, role, "
                       "position) SELECT c.id, c.organization_id, '', 0 FROM cases c WHERE "
                       "(:case = 0 OR c.id = :case) AND c.organization_id IS NOT NULL AND NOT "
                       "EXISTS (SELECT 1 FROM case_organizations co WHERE co.case_id = c.id AND "
                       "co.organization_id = c.organization_id)"));
    statement.bind(QStringLiteral(":case"), caseId);
    return statement.exec();
}

Status CaseRepository::afterWrite(const Case &value)
{
    return listOwnOrganization(value.meta.id);
}

Status CaseRepository::afterBulkInsert(const QList<Case> &)
{
    return listOwnOrganization(0);
}

Status CaseRepository::refreshLastActivity(RowId caseId)
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("UPDATE cases SET "
                       "last_activity_at = (SELECT occurred_at FROM timeline_entries WHERE "
                       "case_id = :case ORDER BY occurred_at DESC, id DESC LIMIT 1), "
                       "last_activity_offset = coalesce((SELECT occurred_offset FROM "
                       "timeline_entries WHERE case_id = :case ORDER BY occurred_at DESC, id DESC "
                       "LIMIT 1), 0) WHERE id = :case"));
    statement.bind(QStringLiteral(":case"), caseId);
    if (auto status = statement.exec(); !status)
        return status;
    m_workspace.afterCommit([this, caseId] { Q_EMIT m_workspace.caseChanged(caseId); });
    return {};
}

Status CaseRepository::raiseLastActivity(const QHash<RowId, Instant> &newestByCase)
{
    QSqlQuery query(m_workspace.database());
    const QString sql = QStringLiteral(
        "UPDATE cases SET last_activity_at = ?, last_activity_offset = ? WHERE id = ? AND "
        "(last_activity_at IS NULL OR last_activity_at < ?)");
    if (!query.prepare(sql))
        return Statement::failure(query, sql);
    for (auto it = newestByCase.begin(); it != newestByCase.end(); ++it) {
        query.bindValue(0, it->utcMs);
        query.bindValue(1, it->offsetSeconds);
        query.bindValue(2, it.key());
        query.bindValue(3, it->utcMs);
        if (!query.exec())
            return Statement::failure(query, sql);
    }
    return {};
}

Status CaseRepository::validate(const Case &value) const
{
    if (value.title.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "A case needs a title.")};
    if (value.amountSoughtCents < 0 || value.amountRecoveredCents < 0)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "Amounts cannot be negative.")};
    return {};
}

} // namespace leverage

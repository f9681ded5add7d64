#include "core/store/CaseJurisdictionRepository.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage {
namespace {

clocks::CaseJurisdiction read(const Statement &statement, int first)
{
    return {statement.value(first).toString(), statement.value(first + 1).toString(),
            statement.value(first + 2).toString()};
}

// The first row of a query of country, region and sector; empty when there is none.
Result<clocks::CaseJurisdiction> firstOf(Statement &statement)
{
    if (auto status = statement.exec(); !status)
        return status.error();
    return statement.next() ? read(statement, 0) : clocks::CaseJurisdiction{};
}

} // namespace

Result<clocks::CaseJurisdiction> CaseJurisdictionRepository::get(RowId caseId) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT country, region, sector FROM cases WHERE id = :id LIMIT 1"));
    statement.bind(QStringLiteral(":id"), caseId);
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That case no longer exists.")};
    return read(statement, 0);
}

Result<QHash<RowId, clocks::CaseJurisdiction>> CaseJurisdictionRepository::all() const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT id, country, region, sector FROM cases "
                                       "WHERE country <> '' OR sector <> ''"));
    if (auto status = statement.exec(); !status)
        return status.error();
    QHash<RowId, clocks::CaseJurisdiction> found;
    while (statement.next())
        found.insert(statement.value(0).toLongLong(), read(statement, 1));
    return found;
}

Status CaseJurisdictionRepository::set(RowId caseId, const clocks::CaseJurisdiction &where,
                                       Stamp stamp)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(
        m_workspace.database(),
        stamp == Stamp::AsEdit
            ? QStringLiteral("UPDATE cases SET country = :country, region = :region, "
                             "sector = :sector, updated_at = :now, version = version + 1 "
                             "WHERE id = :id")
            : QStringLiteral("UPDATE cases SET country = :country, region = :region, "
                             "sector = :sector WHERE id = :id"));
    // Empty text is '' (the columns are NOT NULL), never NULL.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    statement.bind(QStringLiteral(":country"), text(where.country))
        .bind(QStringLiteral(":region"), text(where.region))
        .bind(QStringLiteral(":sector"), text(where.sector))
        .bind(QStringLiteral(":id"), caseId);
    if (stamp == Stamp::AsEdit)
        statement.bind(QStringLiteral(":now"), m_workspace.nowMs());
    if (auto status = statement.exec(); !status)
        return status;
    if (statement.rowsAffected() != 1)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That case no longer exists.")};
    // The workspace, not this (a short-lived object), outlives the write.
    Workspace &workspace = m_workspace;
    m_workspace.afterCommit([&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); });
    return transaction.commit();
}

Result<clocks::CaseJurisdiction> CaseJurisdictionRepository::lastUsed() const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT country, region, sector FROM cases "
                                       "WHERE country <> '' ORDER BY updated_at DESC, id DESC "
                                       "LIMIT 1"));
    return firstOf(statement);
}

Result<clocks::CaseJurisdiction> CaseJurisdictionRepository::usualFor(RowId organizationId) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT country, region, sector FROM cases "
                                       "WHERE organization_id = :organization AND country <> '' "
                                       "GROUP BY country, region, sector "
                                       "ORDER BY count(*) DESC, max(updated_at) DESC LIMIT 1"));
    statement.bind(QStringLiteral(":organization"), organizationId);
    return firstOf(statement);
}

} // namespace leverage

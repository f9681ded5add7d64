#include "core/store/OrganizationRepository.h"

namespace leverage {
namespace {

TableMapping<Organization> organizationMapping()
{
    TableMapping<Organization> m(QStringLiteral("organizations"));
    m.text(QStringLiteral("name"), &Organization::name)
        .text(QStringLiteral("kind"), &Organization::kind)
        .text(QStringLiteral("phone"), &Organization::phone)
        .text(QStringLiteral("website"), &Organization::website)
        .text(QStringLiteral("notes"), &Organization::notes);
    return m;
}

} // namespace

OrganizationRepository::OrganizationRepository(Workspace &workspace)
    : Repository(
          workspace, organizationMapping(),
          {[&workspace](const Organization &o) { Q_EMIT workspace.organizationAdded(o.meta.id); },
           [&workspace](const Organization &o) { Q_EMIT workspace.organizationChanged(o.meta.id); },
           [&workspace](const Organization &o) {
               Q_EMIT workspace.organizationRemoved(o.meta.id);
           }})
{
}

Result<QList<Organization>> OrganizationRepository::all() const
{
    return m_table.select(QStringLiteral("ORDER BY %1, id").arg(byName()));
}

Result<qint64> OrganizationRepository::count() const
{
    return m_table.count({});
}

Result<std::optional<Organization>> OrganizationRepository::findByName(const QString &name) const
{
    auto rows =
        m_table.select(QStringLiteral("WHERE lower(name) = lower(:name) ORDER BY id LIMIT 1"),
                       {{QStringLiteral(":name"), name.trimmed()}});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Organization>();
    return std::optional<Organization>(rows->first());
}

Result<QList<OrganizationLink>> OrganizationRepository::links(RowId organizationId) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT from_organization_id, to_organization_id, relation "
                                       "FROM organization_links WHERE from_organization_id = :id "
                                       "OR to_organization_id = :id ORDER BY id"));
    statement.bind(QStringLiteral(":id"), organizationId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<OrganizationLink> result;
    while (statement.next())
        result.append({statement.value(0).toLongLong(), statement.value(1).toLongLong(),
                       statement.value(2).toString()});
    return result;
}

Status OrganizationRepository::link(const OrganizationLink &link)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_workspace.database(),
                        QStringLiteral("INSERT INTO organization_links (from_organization_id, "
                                       "to_organization_id, relation) VALUES (:from, :to, :rel)"));
    statement.bind(QStringLiteral(":from"), link.fromId)
        .bind(QStringLiteral(":to"), link.toId)
        .bind(QStringLiteral(":rel"), link.relation);
    if (auto status = statement.exec(); !status)
        return status;
    const auto from = link.fromId;
    const auto to = link.toId;
    m_workspace.afterCommit([this, from, to] {
        Q_EMIT m_workspace.organizationChanged(from);
        Q_EMIT m_workspace.organizationChanged(to);
    });
    return transaction.commit();
}

Status OrganizationRepository::validate(const Organization &organization) const
{
    if (organization.name.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "An organization needs a name.")};
    return {};
}

} // namespace leverage

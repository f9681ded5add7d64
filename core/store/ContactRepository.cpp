#include "core/store/ContactRepository.h"

#include "core/store/ContactDetailColumns.h"

#include <QSet>

namespace leverage {
namespace {

TableMapping<Contact> contactMapping()
{
    TableMapping<Contact> m(QStringLiteral("contacts"));
    m.link(QStringLiteral("organization_id"), &Contact::organizationId)
        .link(QStringLiteral("supervisor_id"), &Contact::supervisorId)
        .text(QStringLiteral("name"), &Contact::name)
        .text(QStringLiteral("position"), &Contact::position)
        .text(QStringLiteral("department"), &Contact::department)
        .text(QStringLiteral("direct_line"), &Contact::directLine)
        .text(QStringLiteral("extension"), &Contact::extension)
        .text(QStringLiteral("email"), &Contact::email)
        .text(QStringLiteral("preferred_channel"), &Contact::preferredChannel)
        .text(QStringLiteral("best_time"), &Contact::bestTime)
        .text(QStringLiteral("notes"), &Contact::notes)
        .boolean(QStringLiteral("is_gateway"), &Contact::isGateway)
        .text(QStringLiteral("rules_of_engagement"), &Contact::rulesOfEngagement)
        // Schema 4: the rest of what a vCard carries.
        .text(QStringLiteral("honorific_prefix"), &Contact::honorificPrefix)
        .text(QStringLiteral("given_name"), &Contact::givenName)
        .text(QStringLiteral("additional_names"), &Contact::additionalNames)
        .text(QStringLiteral("family_name"), &Contact::familyName)
        .text(QStringLiteral("honorific_suffix"), &Contact::honorificSuffix)
        .text(QStringLiteral("direct_line_kind"), &Contact::directLineKind)
        .text(QStringLiteral("email_kind"), &Contact::emailKind)
        .encoded(QStringLiteral("other_phones"), &Contact::otherPhones,
                 &contactcolumns::encodePhones, &contactcolumns::decodePhones)
        .encoded(QStringLiteral("other_emails"), &Contact::otherEmails,
                 &contactcolumns::encodeEmails, &contactcolumns::decodeEmails)
        .encoded(QStringLiteral("addresses"), &Contact::addresses, &contactcolumns::encodeAddresses,
                 &contactcolumns::decodeAddresses)
        .encoded(QStringLiteral("urls"), &Contact::urls, &contactcolumns::encodeStrings,
                 &contactcolumns::decodeStrings)
        .encoded(QStringLiteral("categories"), &Contact::categories, &contactcolumns::encodeStrings,
                 &contactcolumns::decodeStrings);
    return m;
}

} // namespace

ContactRepository::ContactRepository(Workspace &workspace)
    : Repository(workspace, contactMapping(),
                 {[&workspace](const Contact &c) { Q_EMIT workspace.contactAdded(c.meta.id); },
                  [&workspace](const Contact &c) { Q_EMIT workspace.contactChanged(c.meta.id); },
                  [&workspace](const Contact &c) { Q_EMIT workspace.contactRemoved(c.meta.id); }})
{
}

Result<QList<Contact>> ContactRepository::forOrganization(RowId organizationId) const
{
    if (organizationId <= 0) // the people not (yet) placed at any organization
        return m_table.select(
            QStringLiteral("WHERE organization_id IS NULL ORDER BY %1, id").arg(byName()));
    return m_table.select(
        QStringLiteral("WHERE organization_id = :org ORDER BY %1, id").arg(byName()),
        {{QStringLiteral(":org"), organizationId}});
}

Result<QList<Contact>> ContactRepository::gateways() const
{
    return m_table.select(QStringLiteral("WHERE is_gateway = 1 ORDER BY %1, id").arg(byName()));
}

Result<QList<Contact>> ContactRepository::reportsTo(RowId supervisorId) const
{
    return m_table.select(QStringLiteral("WHERE supervisor_id = :id ORDER BY %1").arg(byName()),
                          {{QStringLiteral(":id"), supervisorId}});
}

Result<qint64> ContactRepository::count() const
{
    return m_table.count({});
}

Result<bool> ContactRepository::wouldCreateCycle(RowId contactId, RowId supervisorId) const
{
    QSet<RowId> seen;
    for (RowId current = supervisorId; current > 0;) {
        if (current == contactId)
            return true;
        if (seen.contains(current))
            return true; // an existing loop: refuse rather than extend it
        seen.insert(current);
        auto row = m_table.get(current);
        if (!row)
            return row.code() == Error::Code::NotFound ? Result<bool>(false) : row.error();
        current = row->supervisorId;
    }
    return false;
}

Status ContactRepository::validate(const Contact &contact) const
{
    if (contact.name.trimmed().isEmpty())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "A contact needs a name.")};
    if (contact.meta.id > 0 && contact.supervisorId > 0) {
        auto cycle = wouldCreateCycle(contact.meta.id, contact.supervisorId);
        if (!cycle)
            return cycle.status();
        if (*cycle)
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate(
                             "leverage", "A person cannot report to someone who reports to "
                                         "them. Choose another supervisor.")};
    }
    return {};
}

} // namespace leverage

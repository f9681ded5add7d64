#include "core/contacts/ContactDirectory.h"

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

Result<QList<Organization>> ContactDirectory::organizations() const
{
    return m_workspace.organizations().all();
}

Result<QList<Contact>> ContactDirectory::peopleOf(const QList<RowId> &organizationIds) const
{
    QList<Contact> people;
    for (RowId organizationId : organizationIds) {
        auto contacts = m_workspace.contacts().forOrganization(organizationId);
        if (!contacts)
            return contacts.error();
        people += *contacts;
    }
    return people;
}

Result<QList<Contact>> ContactDirectory::peopleFirstOf(const QList<RowId> &organizationIds) const
{
    auto all = organizations();
    if (!all)
        return all.error();
    QList<RowId> order = organizationIds;
    for (const auto &organization : std::as_const(*all))
        if (!order.contains(organization.meta.id))
            order << organization.meta.id;
    order << 0; // forOrganization(0): the people placed at no organization
    return peopleOf(order);
}

Result<QList<CaseOrganization>> ContactDirectory::caseOrganizations(RowId caseId) const
{
    return m_workspace.cases().involvedOrganizations(caseId);
}

Result<QList<EntryParticipant>> ContactDirectory::othersOn(RowId entryId) const
{
    return m_workspace.timeline().participants(entryId);
}

Result<QList<RowId>> ContactDirectory::organizationsOfCase(RowId caseId) const
{
    auto value = m_workspace.cases().get(caseId);
    if (!value)
        return value.error();
    QList<RowId> ids;
    if (value->organizationId > 0)
        ids << value->organizationId;
    auto involved = m_workspace.cases().involvedOrganizations(caseId);
    if (!involved)
        return involved.error();
    for (const auto &organization : *involved)
        if (!ids.contains(organization.organizationId))
            ids << organization.organizationId;
    return ids;
}

} // namespace leverage

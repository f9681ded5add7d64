#include "core/letters/LetterAddressees.h"

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

Result<QList<LetterAddressee>> letterAddressees(Workspace &workspace, RowId caseId)
{
    auto involved = workspace.cases().involvedOrganizations(caseId);
    if (!involved)
        return involved.error();
    QList<LetterAddressee> addressees;
    for (const auto &organization : *involved) {
        auto read = workspace.organizations().get(organization.organizationId);
        if (!read)
            return read.error();
        auto contacts = workspace.contacts().forOrganization(organization.organizationId);
        if (!contacts)
            return contacts.error();
        for (const auto &contact : *contacts)
            addressees.append(
                {contact.meta.id, contact.name, contact.position, read->name, contact.email});
    }
    return addressees;
}

} // namespace leverage

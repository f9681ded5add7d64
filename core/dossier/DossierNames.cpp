#include "core/dossier/DossierNames.h"

#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

QString DossierNames::organization(RowId id)
{
    if (id <= 0)
        return {};
    if (!m_organizations.contains(id)) {
        auto found = m_workspace.organizations().get(id);
        m_organizations.insert(id, found ? found->name : QString());
    }
    return m_organizations.value(id);
}

const Contact *DossierNames::contact(RowId id)
{
    if (id <= 0)
        return nullptr;
    if (!m_contacts.contains(id)) {
        auto found = m_workspace.contacts().get(id);
        m_contacts.insert(id, found ? *found : Contact{});
    }
    const Contact &contact = m_contacts[id];
    return contact.meta.isStored() ? &contact : nullptr;
}

QString DossierNames::personAndPosition(const QString &name, const QString &position)
{
    if (position.isEmpty())
        return name;
    if (name.isEmpty())
        return position;
    return name + QStringLiteral(", ") + position;
}

} // namespace leverage

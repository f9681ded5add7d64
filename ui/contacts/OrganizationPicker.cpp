#include "ui/contacts/OrganizationPicker.h"

#include "core/contacts/ContactDirectory.h"

namespace leverage::ui {

OrganizationPicker::OrganizationPicker(Workspace &workspace, QWidget *parent) : QComboBox(parent)
{
    addItem(tr("No organization"), RowId(0));
    // A workspace holds tens of organizations, not thousands: one read is fine here.
    if (auto organizations = ContactDirectory(workspace).organizations()) {
        for (const auto &organization : *organizations)
            addItem(organization.name, organization.meta.id);
    } else { // the form says why only "No organization" is offered
        m_loadError = tr("The organizations could not be read: %1").arg(organizations.message());
    }
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT organizationChanged(organizationId()); });
}

RowId OrganizationPicker::organizationId() const
{
    return currentData().value<RowId>();
}

void OrganizationPicker::setOrganizationId(RowId organizationId)
{
    const int index = findData(organizationId);
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace leverage::ui

#include "ui/contacts/OrganizationPicker.h"

#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage::ui {

OrganizationPicker::OrganizationPicker(Workspace &workspace, QWidget *parent) : QComboBox(parent)
{
    addItem(tr("No organization"), RowId(0));
    // A workspace holds tens of organizations, not thousands: one read is fine here.
    if (auto organizations = workspace.organizations().all()) {
        for (const auto &organization : *organizations)
            addItem(organization.name, organization.meta.id);
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

#include "ui/contacts/OrganizationPicker.h"

#include "core/contacts/ContactDirectory.h"

#include <QCompleter>
#include <QLineEdit>

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

void OrganizationPicker::setAcceptsNewName(bool accepts)
{
    setEditable(accepts);
    if (!accepts)
        return;
    // A typed name stays typed: Return must not add it to the list or pick another item.
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::InlineCompletion);
    lineEdit()->setPlaceholderText(tr("Choose one or type a new organization's name"));
}

int OrganizationPicker::chosenIndex() const
{
    if (!isEditable())
        return currentIndex();
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    return findText(text, Qt::MatchFixedString);
}

QString OrganizationPicker::newOrganizationName() const
{
    return isEditable() && chosenIndex() < 0 ? currentText().trimmed() : QString();
}

RowId OrganizationPicker::organizationId() const
{
    const int index = chosenIndex();
    return index < 0 ? RowId(0) : itemData(index).value<RowId>();
}

void OrganizationPicker::setOrganizationId(RowId organizationId)
{
    const int index = findData(organizationId);
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace leverage::ui

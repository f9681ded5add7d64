#include "ui/contacts/ContactPicker.h"

#include "core/contacts/ContactDirectory.h"

#include <QCompleter>
#include <QHash>
#include <QLineEdit>

namespace leverage::ui {

ContactPicker::ContactPicker(Workspace &workspace, const QList<RowId> &organizationIds,
                             QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Pick a contact or type a name"));
    const ContactDirectory directory(workspace);
    // The given organizations' people first, then everyone: a case's installer or insurer may
    // speak on a call with the seller.
    if (auto people = directory.peopleFirstOf(organizationIds))
        m_contacts = *people;
    else // a name can still be typed; the form says why the list is empty
        m_loadError = tr("The people to choose from could not be read: %1").arg(people.message());
    QHash<RowId, QString> organizationNames;
    if (auto organizations = directory.organizations())
        for (const auto &organization : std::as_const(*organizations))
            organizationNames.insert(organization.meta.id, organization.name);
    bool separated = organizationIds.isEmpty();
    for (const auto &contact : std::as_const(m_contacts)) {
        if (!separated && !organizationIds.contains(contact.organizationId)) {
            insertSeparator(count());
            separated = true;
        }
        addItem(contact.name, contact.meta.id);
        QString tip =
            contact.position.isEmpty() ? contact.name : tr("%1, %2").arg(contact.name, contact.position);
        if (const QString organization = organizationNames.value(contact.organizationId);
            !organization.isEmpty())
            tip = tr("%1 (%2)").arg(tip, organization);
        setItemData(count() - 1, tip, Qt::ToolTipRole);
    }
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    setCurrentIndex(-1);
    connect(this, &QComboBox::currentTextChanged, this, [this] {
        if (const auto *contact = contactAt(indexOfCurrentText()))
            Q_EMIT contactPicked(*contact);
    });
}

const Contact *ContactPicker::contactAt(int index) const
{
    if (index < 0)
        return nullptr;
    const RowId id = itemData(index).value<RowId>();
    for (const auto &contact : m_contacts)
        if (contact.meta.id == id)
            return &contact;
    return nullptr;
}

const Contact *ContactPicker::findContact(const QString &name) const
{
    return contactAt(findText(name.trimmed(), Qt::MatchFixedString));
}

int ContactPicker::indexOfCurrentText() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return -1;
    // The selected item wins over another contact of the same name.
    if (currentIndex() >= 0 && itemText(currentIndex()) == text)
        return currentIndex();
    return findText(text, Qt::MatchFixedString);
}

RowId ContactPicker::contactId() const
{
    if (m_recordedId > 0 && personName() == m_recordedName)
        return m_recordedId;
    const int index = indexOfCurrentText();
    return index < 0 ? 0 : itemData(index).value<RowId>();
}

QString ContactPicker::personName() const
{
    return currentText().trimmed();
}

void ContactPicker::setPerson(RowId contactId, const QString &name)
{
    m_recordedId = contactId;
    m_recordedName = name.trimmed();
    const int index = contactId > 0 ? findData(contactId) : -1;
    if (index >= 0) {
        setCurrentIndex(index);
        // The name as recorded then, which may differ from the contact's name today.
        if (!name.isEmpty())
            setEditText(name);
    } else {
        setCurrentIndex(-1);
        setEditText(name);
    }
}

} // namespace leverage::ui

#include "ui/contacts/ContactPicker.h"

#include "core/contacts/ContactDirectory.h"

#include <QCompleter>
#include <QLineEdit>

namespace leverage::ui {

ContactPicker::ContactPicker(Workspace &workspace, const QList<RowId> &organizationIds,
                             QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Pick a contact or type a name"));
    if (auto people = ContactDirectory(workspace).peopleOf(organizationIds))
        m_contacts = *people;
    else // a name can still be typed; the form says why the list is empty
        m_loadError = tr("The people to choose from could not be read: %1").arg(people.message());
    for (const auto &contact : std::as_const(m_contacts)) {
        addItem(contact.name, contact.meta.id);
        setItemData(count() - 1,
                    contact.position.isEmpty() ? contact.name
                                               : tr("%1, %2").arg(contact.name, contact.position),
                    Qt::ToolTipRole);
    }
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    setCurrentIndex(-1);
    connect(this, &QComboBox::currentTextChanged, this, [this] {
        if (const int index = indexOfCurrentText(); index >= 0)
            Q_EMIT contactPicked(m_contacts.at(index));
    });
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

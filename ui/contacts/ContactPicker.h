#pragma once

#include "core/domain/Contact.h"

#include <QComboBox>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// Who the user dealt with: one of the known contacts, those of the given organizations listed
// first (then, after a separator, everyone else), or a name typed freely (a rep who gave only
// a first name is still worth recording).
class ContactPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPicker)

public:
    ContactPicker(Workspace &workspace, const QList<RowId> &organizationIds,
                  QWidget *parent = nullptr);

    // The picked contact's id, 0 when the name was typed and matches no contact.
    RowId contactId() const;
    QString personName() const;
    void setPerson(RowId contactId, const QString &name);
    // Why the people to choose from could not be read; empty when they were.
    QString loadError() const { return m_loadError; }
    // The listed contact of that name (any case), or nullptr.
    const Contact *findContact(const QString &name) const;

Q_SIGNALS:
    // A known contact was chosen (from the list or by typing the exact name).
    void contactPicked(const leverage::Contact &contact);

private:
    int indexOfCurrentText() const;
    const Contact *contactAt(int index) const;

    QList<Contact> m_contacts;
    QString m_loadError;
    // The link as recorded, kept while the recorded name is unchanged.
    RowId m_recordedId = 0;
    QString m_recordedName;
};

} // namespace leverage::ui

#pragma once

#include "core/calls/CallState.h"
#include "core/domain/Contact.h"

#include <QComboBox>

namespace leverage::ui {

// Who the user is speaking with: the people already on the call, the organization's contacts
// (completed as you type), and "New person…".
class CallPersonPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPersonPicker)

public:
    explicit CallPersonPicker(QWidget *parent = nullptr);

    void rebuild(const CallState &state, const QList<Contact> &contacts);

Q_SIGNALS:
    void participantChosen(int index);
    void contactChosen(const leverage::Contact &contact);
    void newPersonRequested(const QString &typedName);
    // The user typed in the field (not yet a choice).
    void textTyped(const QString &text);

private:
    enum Kind
    {
        Participant = 1,
        KnownContact,
        NewPerson
    };
    void choose(int row);

    QList<Contact> m_contacts;
};

} // namespace leverage::ui

#include "ui/calls/CallPersonPicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSet>

namespace leverage::ui {
namespace {
constexpr int kKindRole = Qt::UserRole + 10;
constexpr int kValueRole = Qt::UserRole + 11;

QString describe(const QString &name, const QString &position)
{
    return position.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, position);
}
} // namespace

CallPersonPicker::CallPersonPicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("person"));
    setAccessibleName(tr("Speaking with"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    lineEdit()->setPlaceholderText(tr("Who are you speaking with?"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::activated, this, &CallPersonPicker::choose);
    connect(lineEdit(), &QLineEdit::textEdited, this, &CallPersonPicker::textTyped);
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const auto typed = currentText().trimmed();
        const int row = findText(typed, Qt::MatchFixedString);
        if (row >= 0)
            choose(row);
        else if (!typed.isEmpty())
            Q_EMIT newPersonRequested(typed);
    });
}

void CallPersonPicker::rebuild(const CallState &state, const QList<Contact> &contacts)
{
    const QSignalBlocker blocker(this);
    m_contacts = contacts;
    clear();
    QSet<RowId> inCall;
    for (int i = 0; i < state.participants.size(); ++i) {
        const auto &p = state.participants[i];
        addItem(describe(p.name, p.position));
        setItemData(count() - 1, Participant, kKindRole);
        setItemData(count() - 1, i, kValueRole);
        if (p.contactId > 0)
            inCall.insert(p.contactId);
    }
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (inCall.contains(m_contacts[i].meta.id))
            continue;
        addItem(describe(m_contacts[i].name, m_contacts[i].position));
        setItemData(count() - 1, KnownContact, kKindRole);
        setItemData(count() - 1, i, kValueRole);
    }
    addItem(tr("New person…"));
    setItemData(count() - 1, NewPerson, kKindRole);
    if (state.currentParticipant >= 0) {
        setCurrentIndex(state.currentParticipant);
    } else {
        setCurrentIndex(-1);
        setEditText({});
    }
}

void CallPersonPicker::choose(int row)
{
    if (row < 0)
        return;
    const int value = itemData(row, kValueRole).toInt();
    switch (itemData(row, kKindRole).toInt()) {
    case Participant:
        Q_EMIT participantChosen(value);
        break;
    case KnownContact:
        Q_EMIT contactChosen(m_contacts.value(value));
        break;
    case NewPerson:
        Q_EMIT newPersonRequested({});
        break;
    default:
        break;
    }
}

} // namespace leverage::ui

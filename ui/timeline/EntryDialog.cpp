#include "ui/timeline/EntryDialog.h"

#include "core/contacts/ContactDirectory.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/common/FormFields.h"
#include "ui/common/RatingCombo.h"
#include "ui/contacts/ContactPicker.h"
#include "ui/models/timeline/EntryVersions.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/timeline/EntryHistoryDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace leverage::ui {
namespace {

QTime timeOfSeconds(int seconds)
{
    return QTime(0, 0).addSecs(qBound(0, seconds, 24 * 3600 - 1));
}

QDateTimeEdit *durationEdit(QWidget *parent, int seconds)
{
    auto *edit = fields::duration(parent);
    edit->setTime(timeOfSeconds(seconds));
    return edit;
}

QString formatSeconds(int seconds)
{
    return QTime(0, 0).addSecs(seconds).toString(seconds >= 3600 ? QStringLiteral("H:mm:ss")
                                                                 : QStringLiteral("m:ss"));
}

} // namespace

EntryDialog::EntryDialog(models::WorkspaceEditor &editor, const TimelineEntry &value,
                         QWidget *parent)
    : EditDialog(editor, parent), m_value(value)
{
    setWindowTitle(value.meta.isStored() ? tr("Edit Timeline Entry") : tr("New Timeline Entry"));
    setDiscardQuestion(value.meta.isStored() ? tr("Discard the changes to this entry?")
                                             : tr("Discard this new entry?"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (auto channel : {Channel::Call, Channel::Email, Channel::Letter, Channel::Chat,
                         Channel::Visit, Channel::Note})
        m_channel->addItem(channelLabel(channel), int(channel));
    m_channel->setCurrentIndex(m_channel->findData(int(value.channel)));
    m_when = fields::dateTime(this);
    m_when->setObjectName(QStringLiteral("when"));
    m_when->setDateTime(value.occurredAt.isNull() ? workspace().clock().now()
                                                  : value.occurredAt.toLocalTime());
    m_duration = durationEdit(this, value.durationSeconds);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_hold = durationEdit(this, value.holdSeconds);
    m_hold->setObjectName(QStringLiteral("hold"));
    // The case's organizations, whose people the picker offers.
    auto organizations = ContactDirectory(workspace()).organizationsOfCase(value.caseId);
    m_person = new ContactPicker(workspace(),
                                 organizations.isOk() ? *organizations : QList<RowId>{}, this);
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setPerson(value.contactId, value.personName);
    showError(
        organizations.isOk()
            ? m_person->loadError()
            : tr("The people to choose from could not be read: %1").arg(organizations.message()));
    m_position = new QLineEdit(value.personPosition, this);
    m_position->setPlaceholderText(tr("As they gave it, e.g. Billing supervisor"));
    // A person who is not a contact yet can become one, at one of the case's organizations
    // (listed first) or any other.
    m_newContactAt = new QComboBox(this);
    m_newContactAt->setObjectName(QStringLiteral("newContactAt"));
    m_newContactAt->addItem(tr("Keep as a name only"), RowId(0));
    if (auto all = ContactDirectory(workspace()).organizations()) {
        const QList<RowId> first = organizations.isOk() ? *organizations : QList<RowId>{};
        for (RowId id : first)
            for (const auto &organization : std::as_const(*all))
                if (organization.meta.id == id)
                    m_newContactAt->addItem(tr("A new contact at %1").arg(organization.name), id);
        for (const auto &organization : std::as_const(*all))
            if (!first.contains(organization.meta.id))
                m_newContactAt->addItem(tr("A new contact at %1").arg(organization.name),
                                        organization.meta.id);
    }
    // Everyone else on it, and who was sent a copy: names as typed, matched to contacts.
    m_with = new QLineEdit(this);
    m_with->setObjectName(QStringLiteral("with"));
    m_with->setPlaceholderText(tr("Others on the call or visit, e.g. Mark Rivera; Dana Holt"));
    m_copies = new QLineEdit(this);
    m_copies->setObjectName(QStringLiteral("copies"));
    m_copies->setPlaceholderText(tr("Who was sent a copy, e.g. the store manager"));
    if (value.meta.isStored()) {
        if (auto people = ContactDirectory(workspace()).othersOn(value.meta.id)) {
            m_peopleShown = *people;
            QStringList with;
            QStringList copied;
            for (const auto &p : m_peopleShown)
                (p.cc ? copied : with) << p.name;
            m_with->setText(with.join(QStringLiteral("; ")));
            m_copies->setText(copied.join(QStringLiteral("; ")));
        } else {
            showError(tr("The others on this entry could not be read: %1").arg(people.message()));
        }
    }
    m_reference = new QLineEdit(value.referenceNumber, this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Ticket or call reference they gave"));
    m_summary = new QLineEdit(value.summary, this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("One line: what happened"));
    m_notes = fields::shortText(this, 4);
    m_notes->setPlainText(value.notes);
    m_effort = new RatingCombo(RatingScale::Effort, this);
    m_effort->setObjectName(QStringLiteral("effort"));
    m_effort->setRating(value.effort);
    m_helpfulness = new RatingCombo(RatingScale::Helpfulness, this);
    m_helpfulness->setObjectName(QStringLiteral("helpfulness"));
    m_helpfulness->setRating(value.helpfulness);
    m_serviceFailure =
        new QCheckBox(tr("Service fail&ure (wrong information, a broken promise …)"), this);
    m_serviceFailure->setChecked(value.serviceFailure);
    m_private = new QCheckBox(tr("P&rivate: leave out of the dossier"), this);
    m_private->setChecked(value.isPrivate);

    form()->addRow(tr("&Channel:"), m_channel);
    form()->addRow(tr("&When:"), m_when);
    form()->addRow(tr("&Duration:"), m_duration);
    form()->addRow(tr("On &hold:"), m_hold);
    form()->addRow(tr("&Person:"), m_person);
    form()->addRow(tr("P&osition:"), m_position);
    form()->addRow(tr("Add as a con&tact:"), m_newContactAt);
    form()->addRow(tr("W&ith:"), m_with);
    form()->addRow(tr("Cop&y to (cc):"), m_copies);
    form()->addRow(tr("Re&ference:"), m_reference);
    form()->addRow(tr("&Summary:"), m_summary);
    form()->addRow(tr("&Notes:"), m_notes);
    form()->addRow(tr("&Effort:"), m_effort);
    form()->addRow(tr("He&lpfulness:"), m_helpfulness);
    form()->addRow(QString(), m_serviceFailure);
    form()->addRow(QString(), m_private);
    addHistoryRow();

    connect(m_person, &ContactPicker::contactPicked, this, [this](const Contact &contact) {
        if (!contact.position.isEmpty())
            m_position->setText(contact.position);
    });
    connect(m_person, &QComboBox::currentTextChanged, this, &EntryDialog::updateNewContactField);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &EntryDialog::updateTimingFields);
    updateTimingFields();
    updateNewContactField();
    m_channel->setFocus();
}

void EntryDialog::addHistoryRow()
{
    if (!m_value.meta.isStored())
        return;
    // Issue 21: an edit never loses what was there; the record keeps every version.
    auto edits = models::EntryVersions::editsAfterTheFact(workspace(), m_value.meta.id);
    if (!edits) {
        showError(tr("This entry's earlier versions could not be read: %1").arg(edits.message()));
        return;
    }
    const int count = *edits;
    if (count == 0)
        return;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *said = new QLabel(count == 1 ? tr("Edited once since it was recorded.")
                                       : tr("Edited %1 times since it was recorded.").arg(count),
                            row);
    said->setObjectName(QStringLiteral("editedTimes"));
    auto *show = new QPushButton(tr("Earlier &versions\u2026"), row);
    show->setObjectName(QStringLiteral("showHistory"));
    show->setAutoDefault(false);
    layout->addWidget(said);
    layout->addWidget(show);
    layout->addStretch();
    row->setFocusProxy(show); // Tab stops at the button, not at the row around it
    form()->addRow(tr("History:"), row);
    connect(show, &QPushButton::clicked, this, [this] {
        auto text = models::EntryVersions::text(workspace(), m_value.meta.id);
        if (!text) {
            showError(
                tr("This entry's earlier versions could not be read: %1").arg(text.message()));
            return;
        }
        EntryHistoryDialog(*text, this).exec();
    });
}

void EntryDialog::updateTimingFields()
{
    // A letter or an e-mail has no length and no hold; a visit has a length but no hold.
    const auto channel = Channel(m_channel->currentData().toInt());
    const bool timed =
        channel == Channel::Call || channel == Channel::Chat || channel == Channel::Visit;
    const bool holds = channel == Channel::Call || channel == Channel::Chat;
    m_duration->setEnabled(timed);
    m_hold->setEnabled(holds);
}

void EntryDialog::updateNewContactField()
{
    const bool typed = !m_person->personName().isEmpty() && m_person->contactId() == 0;
    m_newContactAt->setEnabled(typed);
    if (!typed)
        m_newContactAt->setCurrentIndex(0);
}

QList<EntryParticipant> EntryDialog::peopleIn(const QLineEdit *field, bool cc) const
{
    QList<EntryParticipant> people;
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    for (QString name : field->text().split(separators, Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        EntryParticipant p;
        p.name = name;
        p.cc = cc;
        if (const auto *contact = m_person->findContact(name)) {
            p.contactId = contact->meta.id;
            p.name = contact->name;
            p.position = contact->position;
        }
        // Someone already on it keeps what was recorded of them (when they joined, how
        // helpful they were).
        for (const auto &shown : m_peopleShown)
            if (shown.cc == cc && shown.name.compare(p.name, Qt::CaseInsensitive) == 0) {
                p = shown;
                break;
            }
        people.append(p);
    }
    return people;
}

TimelineEntry EntryDialog::collect() const
{
    TimelineEntry value = m_value;
    value.channel = Channel(m_channel->currentData().toInt());
    if (m_value.occurredAt.isNull() || m_when->dateTime() != m_value.occurredAt.toLocalTime())
        value.occurredAt = Instant::fromDateTime(m_when->dateTime());
    value.durationSeconds = m_duration->isEnabled() ? QTime(0, 0).secsTo(m_duration->time()) : 0;
    value.holdSeconds = m_hold->isEnabled() ? QTime(0, 0).secsTo(m_hold->time()) : 0;
    value.contactId = m_person->contactId();
    value.personName = m_person->personName();
    value.personPosition = m_position->text().trimmed();
    value.referenceNumber = m_reference->text().trimmed();
    value.summary = m_summary->text().trimmed();
    value.notes = m_notes->toPlainText().trimmed();
    value.effort = m_effort->rating();
    value.helpfulness = m_helpfulness->rating();
    value.serviceFailure = m_serviceFailure->isChecked();
    value.isPrivate = m_private->isChecked();
    return value;
}

QString EntryDialog::validate() const
{
    const TimelineEntry value = collect();
    if (value.durationSeconds > 0 && value.holdSeconds > value.durationSeconds)
        return tr("Time on hold (%1) is longer than the whole call (%2). Correct one of them.")
            .arg(formatSeconds(value.holdSeconds), formatSeconds(value.durationSeconds));
    if (value.summary.isEmpty() && value.notes.isEmpty())
        return tr("Write a summary of what happened: a line is enough.");
    return {};
}

Result<ItemRef> EntryDialog::save()
{
    TimelineEntry value = collect();
    std::optional<Contact> newContact;
    if (const RowId at = m_newContactAt->currentData().value<RowId>();
        m_newContactAt->isEnabled() && at > 0) {
        newContact = Contact{};
        newContact->name = value.personName;
        newContact->position = value.personPosition;
        newContact->organizationId = at;
    }
    const auto people = peopleIn(m_with, false) + peopleIn(m_copies, true);
    // The plain add or edit when nobody else is on it and no contact is made.
    Status status;
    if (!newContact && people.isEmpty() && m_peopleShown.isEmpty())
        status = value.meta.isStored() ? editor().updateEntry(value) : editor().addEntry(value);
    else
        status = editor().saveEntry(value, people, newContact);
    if (!status)
        return status.error();
    m_peopleShown = people;
    m_value = value;
    return ItemRef{ItemRef::Kind::Entry, value.meta.id};
}

} // namespace leverage::ui

#include "ui/contacts/ContactDialog.h"

#include "core/contacts/ContactDirectory.h"
#include "core/domain/Channel.h"
#include "ui/common/FormFields.h"
#include "ui/contacts/OrganizationPicker.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace leverage::ui {

ContactDialog::ContactDialog(models::WorkspaceEditor &editor, const Contact &value, QWidget *parent)
    : EditDialog(editor, parent), m_value(value)
{
    setWindowTitle(value.meta.isStored() ? tr("Edit Contact") : tr("New Contact"));
    setDiscardQuestion(value.meta.isStored() ? tr("Discard the changes to this contact?")
                                             : tr("Discard this new contact?"));
    m_name = new QLineEdit(value.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_organization = new OrganizationPicker(workspace(), this);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setOrganizationId(value.organizationId);
    showError(m_organization->loadError());
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    m_position = new QLineEdit(value.position, this);
    m_position->setPlaceholderText(tr("e.g. Billing supervisor"));
    m_department = new QLineEdit(value.department, this);
    m_directLine = new QLineEdit(value.directLine, this);
    m_extension = new QLineEdit(value.extension, this);
    m_extension->setPlaceholderText(tr("Extension or employee id"));
    m_email = new QLineEdit(value.email, this);
    m_preferredChannel = new QComboBox(this);
    m_preferredChannel->addItem(tr("No preference"), QString());
    for (auto channel :
         {Channel::Call, Channel::Email, Channel::Letter, Channel::Chat, Channel::Visit})
        m_preferredChannel->addItem(channelLabel(channel), channelKey(channel));
    const int channelIndex = m_preferredChannel->findData(value.preferredChannel);
    m_preferredChannel->setCurrentIndex(channelIndex < 0 ? 0 : channelIndex);
    m_bestTime = new QLineEdit(value.bestTime, this);
    m_bestTime->setPlaceholderText(tr("e.g. weekday mornings"));
    m_gateway = new QCheckBox(tr("&Gateway: reaches people the front line cannot"), this);
    m_gateway->setChecked(value.isGateway);
    m_rules = fields::shortText(this, 2);
    m_rules->setPlainText(value.rulesOfEngagement);
    m_rules->setPlaceholderText(tr("e.g. e-mail first, call only after two days"));
    m_notes = fields::shortText(this, 2);
    m_notes->setPlainText(value.notes);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Organization:"), m_organization);
    form()->addRow(tr("&Reports to:"), m_supervisor);
    form()->addRow(tr("&Position:"), m_position);
    form()->addRow(tr("&Department:"), m_department);
    form()->addRow(tr("Direct &line:"), m_directLine);
    form()->addRow(tr("E&xtension:"), m_extension);
    form()->addRow(tr("&E-mail:"), m_email);
    form()->addRow(tr("Pre&fers:"), m_preferredChannel);
    form()->addRow(tr("&Best time:"), m_bestTime);
    form()->addRow(QString(), m_gateway);
    form()->addRow(tr("R&ules of engagement:"), m_rules);
    form()->addRow(tr("No&tes:"), m_notes);

    fillSupervisors(value.organizationId);
    connect(m_organization, &OrganizationPicker::organizationChanged, this,
            &ContactDialog::fillSupervisors);
    m_name->setFocus();
}

void ContactDialog::fillSupervisors(RowId organizationId)
{
    const RowId keep = m_supervisor->count() > 0 ? m_supervisor->currentData().value<RowId>()
                                                 : m_value.supervisorId;
    m_supervisor->clear();
    m_supervisor->addItem(tr("Nobody recorded"), RowId(0));
    if (organizationId > 0) {
        if (auto people = ContactDirectory(workspace()).peopleOf({organizationId})) {
            for (const auto &person : *people) {
                if (person.meta.id == m_value.meta.id)
                    continue; // nobody reports to themselves
                m_supervisor->addItem(person.position.isEmpty()
                                          ? person.name
                                          : tr("%1 (%2)").arg(person.name, person.position),
                                      person.meta.id);
            }
        } else { // the choice stays "Nobody recorded"; the form says why
            showError(tr("The people to choose from could not be read: %1").arg(people.message()));
        }
    }
    const int index = m_supervisor->findData(keep);
    m_supervisor->setCurrentIndex(index < 0 ? 0 : index);
    m_supervisor->setEnabled(m_supervisor->count() > 1);
}

QString ContactDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the contact a name; a first name or “Rep at the front desk” will do.");
    return {};
}

Result<ItemRef> ContactDialog::save()
{
    Contact value = m_value;
    value.name = m_name->text().trimmed();
    value.organizationId = m_organization->organizationId();
    value.supervisorId = m_supervisor->currentData().value<RowId>();
    value.position = m_position->text().trimmed();
    value.department = m_department->text().trimmed();
    value.directLine = m_directLine->text().trimmed();
    value.extension = m_extension->text().trimmed();
    value.email = m_email->text().trimmed();
    value.preferredChannel = m_preferredChannel->currentData().toString();
    value.bestTime = m_bestTime->text().trimmed();
    value.isGateway = m_gateway->isChecked();
    value.rulesOfEngagement = m_rules->toPlainText().trimmed();
    value.notes = m_notes->toPlainText().trimmed();
    const Status status =
        value.meta.isStored() ? editor().updateContact(value) : editor().addContact(value);
    if (!status)
        return status.error();
    m_value = value;
    return ItemRef{ItemRef::Kind::Contact, value.meta.id};
}

} // namespace leverage::ui

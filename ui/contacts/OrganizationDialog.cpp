#include "ui/contacts/OrganizationDialog.h"

#include "ui/common/FormFields.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace leverage::ui {

OrganizationDialog::OrganizationDialog(models::WorkspaceEditor &editor, const Organization &value,
                                       QWidget *parent)
    : EditDialog(editor, parent), m_value(value)
{
    setWindowTitle(value.meta.isStored() ? tr("Edit Organization") : tr("New Organization"));
    setDiscardQuestion(value.meta.isStored() ? tr("Discard the changes to this organization?")
                                             : tr("Discard this new organization?"));
    m_name = new QLineEdit(value.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QLineEdit(value.kind, this);
    m_kind->setPlaceholderText(tr("retailer, insurer, delivery contractor …"));
    m_phone = new QLineEdit(value.phone, this);
    m_website = new QLineEdit(value.website, this);
    m_notes = fields::shortText(this);
    m_notes->setPlainText(value.notes);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Phone:"), m_phone);
    form()->addRow(tr("&Website:"), m_website);
    form()->addRow(tr("N&otes:"), m_notes);
    m_name->setFocus();
}

QString OrganizationDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the organization a name.");
    return {};
}

Result<ItemRef> OrganizationDialog::save()
{
    Organization value = m_value;
    value.name = m_name->text().trimmed();
    value.kind = m_kind->text().trimmed();
    value.phone = m_phone->text().trimmed();
    value.website = m_website->text().trimmed();
    value.notes = m_notes->toPlainText().trimmed();
    const Status status = value.meta.isStored() ? editor().updateOrganization(value)
                                                : editor().addOrganization(value);
    if (!status)
        return status.error();
    m_value = value;
    return ItemRef{ItemRef::Kind::Organization, value.meta.id};
}

} // namespace leverage::ui

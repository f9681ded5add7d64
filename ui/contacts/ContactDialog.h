#pragma once

#include "ui/common/EditDialog.h"
#include "core/domain/Contact.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

class OrganizationPicker;

// Creates a contact (value without an id) or edits one. The supervisor is chosen among the
// people of the same organization.
class ContactDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    ContactDialog(models::WorkspaceEditor &editor, const Contact &value, QWidget *parent = nullptr);

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    void fillSupervisors(RowId organizationId);

    Contact m_value;
    QLineEdit *m_name = nullptr;
    OrganizationPicker *m_organization = nullptr;
    QComboBox *m_supervisor = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_directLine = nullptr;
    QLineEdit *m_extension = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_preferredChannel = nullptr;
    QLineEdit *m_bestTime = nullptr;
    QCheckBox *m_gateway = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace leverage::ui

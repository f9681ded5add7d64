#pragma once

#include "ui/common/EditDialog.h"
#include "core/domain/Organization.h"

class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

// Creates an organization (value without an id) or edits one.
class OrganizationDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDialog)

public:
    OrganizationDialog(models::WorkspaceEditor &editor, const Organization &value,
                       QWidget *parent = nullptr);

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    Organization m_value;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_kind = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace leverage::ui

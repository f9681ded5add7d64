#pragma once

#include "core/domain/Case.h"
#include "core/domain/CaseOrganization.h"
#include "ui/common/EditDialog.h"

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

class CaseOrganizationsEditor;
class OrganizationPicker;

// Creates a case (value without an id) or edits one.
class CaseDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    CaseDialog(models::WorkspaceEditor &editor, const Case &value, QWidget *parent = nullptr);

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    Case collect() const;

    Case m_value;
    QLineEdit *m_title = nullptr;
    OrganizationPicker *m_organization = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_status = nullptr;
    QDateTimeEdit *m_opened = nullptr;
    QPlainTextEdit *m_desiredOutcome = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QDoubleSpinBox *m_sought = nullptr;
    QDoubleSpinBox *m_recovered = nullptr;
    QLineEdit *m_currency = nullptr;
    // An existing case's organizations with roles and referrals (a new case has its one).
    CaseOrganizationsEditor *m_organizations = nullptr;
    QList<CaseOrganization> m_organizationsShown;
};

} // namespace leverage::ui

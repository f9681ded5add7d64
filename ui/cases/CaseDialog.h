#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/domain/Case.h"
#include "core/domain/CaseOrganization.h"
#include "ui/common/EditDialog.h"
#include "ui/models/team/SetCaseAccessCommand.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

class CaseOrganizationsEditor;
class JurisdictionFields;
class OrganizationPicker;

// Creates a case (value without an id) or edits one.
class CaseDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    CaseDialog(models::WorkspaceEditor &editor, const Case &value, QWidget *parent = nullptr);
    ~CaseDialog() override;

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    Case collect() const;
    // Where the case is and its sector (issue 19): stored, else suggested from the
    // organization's other cases, else the last one used.
    void suggestJurisdiction();
    QString recoveredText(const Case &value) const;
    Status saveCase(Case &value);
    void addAccessFields();
    CaseAccess access() const;

    Case m_value;
    QLineEdit *m_title = nullptr;
    OrganizationPicker *m_organization = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_status = nullptr;
    QDateTimeEdit *m_opened = nullptr;
    QPlainTextEdit *m_desiredOutcome = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QDoubleSpinBox *m_sought = nullptr;
    QLabel *m_recovered = nullptr; // read-only: the outcome's items say what was received
    QLineEdit *m_currency = nullptr;
    // An existing case's organizations with roles and referrals (a new case has its one).
    CaseOrganizationsEditor *m_organizations = nullptr;
    QList<CaseOrganization> m_organizationsShown;
    // Who may see the case (a team workspace only): private, and its advocates' logins.
    QCheckBox *m_private = nullptr;
    QLineEdit *m_advocates = nullptr;
    CaseAccess m_accessStored;
    std::unique_ptr<JurisdictionFields> m_where;
    clocks::CaseJurisdiction m_whereStored;
    bool m_whereTouched = false;
};

} // namespace leverage::ui

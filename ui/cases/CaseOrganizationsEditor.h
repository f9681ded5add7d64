#pragma once

#include "core/domain/CaseOrganization.h"
#include "core/domain/Organization.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

class OrganizationPicker;

// The case form's organizations: the case's own organization (chosen above it, in the form's
// Organization field) and the others involved, each with its role (seller, installer,
// insurer, provider, regulator or any words) and the organization that referred the case to
// it. "Add organization" adds a row; a row set to "No organization" is dropped on save. A new
// organization's name may be typed; it is made with the edit.
class CaseOrganizationsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseOrganizationsEditor)

public:
    explicit CaseOrganizationsEditor(Workspace &workspace, QWidget *parent = nullptr);

    // The rows as stored; the one naming primaryId becomes the first row.
    void setOrganizations(RowId primaryId, const QString &primaryName,
                          const QList<CaseOrganization> &organizations);
    // Follows the form's Organization field.
    void setPrimary(RowId primaryId, const QString &primaryName);
    // The rows as the store takes them; a typed new name is -(n + 1) with its organization
    // appended to newOrganizations.
    QList<CaseOrganization> organizations(QList<Organization> &newOrganizations) const;
    QPushButton *addButton() const { return m_add; }
    // Adds an empty row and puts the cursor in it.
    void addRow();

private:
    struct Row
    {
        OrganizationPicker *organization = nullptr; // null on the first row: the primary
        QComboBox *role = nullptr;
        OrganizationPicker *referrer = nullptr;
    };
    Row &appendRow(const CaseOrganization &value);

    Workspace &m_workspace;
    QGridLayout *m_grid = nullptr;
    QLabel *m_primary = nullptr;
    RowId m_primaryId = 0;
    QList<Row> m_rows;
    QPushButton *m_add = nullptr;
};

} // namespace leverage::ui

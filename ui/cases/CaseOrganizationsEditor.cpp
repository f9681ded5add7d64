#include "ui/cases/CaseOrganizationsEditor.h"

#include "core/domain/CaseOrganizationRole.h"
#include "ui/contacts/OrganizationPicker.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {

CaseOrganizationsEditor::CaseOrganizationsEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->addWidget(new QLabel(tr("Organization"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("Role"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Referred by"), this), 0, 2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    layout->addLayout(m_grid);
    m_add = new QPushButton(tr("&Add organization"), this);
    m_add->setObjectName(QStringLiteral("addCaseOrganization"));
    m_add->setAutoDefault(false);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &CaseOrganizationsEditor::addRow);
}

CaseOrganizationsEditor::Row &CaseOrganizationsEditor::appendRow(const CaseOrganization &value)
{
    Row row;
    const int line = int(m_rows.size()) + 1;
    QWidget *first = nullptr;
    if (m_rows.isEmpty()) {
        m_primary = new QLabel(this);
        m_grid->addWidget(m_primary, line, 0);
    } else {
        row.organization = new OrganizationPicker(m_workspace, this);
        row.organization->setAcceptsNewName(true);
        row.organization->setOrganizationId(value.organizationId);
        row.organization->setObjectName(QStringLiteral("caseOrganization%1").arg(line - 1));
        row.organization->setAccessibleName(tr("Organization %1").arg(line));
        row.organization->setToolTip(
            tr("Choose one, type a new name, or choose “No organization” to take it off the case"));
        m_grid->addWidget(row.organization, line, 0);
        first = row.organization;
    }
    row.role = new QComboBox(this);
    row.role->setEditable(true);
    row.role->setInsertPolicy(QComboBox::NoInsert);
    row.role->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    row.role->addItem(QString());
    for (const auto &key : caseOrganizationRoles())
        row.role->addItem(caseOrganizationRoleLabel(key), key);
    row.role->setEditText(caseOrganizationRoleLabel(value.role));
    row.role->lineEdit()->setPlaceholderText(tr("Seller, installer …"));
    row.role->setObjectName(QStringLiteral("caseOrganizationRole%1").arg(line - 1));
    row.role->setAccessibleName(tr("Role of organization %1").arg(line));
    m_grid->addWidget(row.role, line, 1);
    row.referrer = new OrganizationPicker(m_workspace, this);
    row.referrer->setItemText(0, tr("Nobody"));
    row.referrer->setOrganizationId(value.referredById);
    row.referrer->setObjectName(QStringLiteral("caseOrganizationReferrer%1").arg(line - 1));
    row.referrer->setAccessibleName(tr("Organization %1 was referred by").arg(line));
    m_grid->addWidget(row.referrer, line, 2);
    // A row added after the form was shown still comes before "Add organization" on Tab.
    QWidget *previous = m_rows.isEmpty() ? nullptr : m_rows.last().referrer;
    for (QWidget *widget : {first, static_cast<QWidget *>(row.role),
                            static_cast<QWidget *>(row.referrer), static_cast<QWidget *>(m_add)}) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
    if (m_rows.isEmpty())
        setFocusProxy(row.role);
    m_rows.append(row);
    return m_rows.last();
}

void CaseOrganizationsEditor::setOrganizations(RowId primaryId, const QString &primaryName,
                                               const QList<CaseOrganization> &organizations)
{
    CaseOrganization primary{primaryId, {}, 0};
    for (const auto &organization : organizations)
        if (organization.organizationId == primaryId)
            primary = organization;
    appendRow(primary);
    setPrimary(primaryId, primaryName);
    for (const auto &organization : organizations)
        if (organization.organizationId != primaryId)
            appendRow(organization);
}

void CaseOrganizationsEditor::setPrimary(RowId primaryId, const QString &primaryName)
{
    m_primaryId = primaryId;
    if (m_primary)
        m_primary->setText(primaryId > 0 ? primaryName : tr("No organization"));
}

void CaseOrganizationsEditor::addRow()
{
    auto &row = appendRow({});
    row.organization->setEditText(QString()); // the placeholder says what to do
    row.organization->setFocus();
}

QList<CaseOrganization>
CaseOrganizationsEditor::organizations(QList<Organization> &newOrganizations) const
{
    QList<CaseOrganization> result;
    for (const auto &row : m_rows) {
        CaseOrganization value;
        value.role = caseOrganizationRoleKey(row.role->currentText());
        value.referredById = row.referrer->organizationId();
        if (!row.organization) {
            value.organizationId = m_primaryId;
        } else if (const QString name = row.organization->newOrganizationName(); !name.isEmpty()) {
            Organization organization;
            organization.name = name;
            newOrganizations.append(organization);
            value.organizationId = -RowId(newOrganizations.size());
        } else {
            value.organizationId = row.organization->organizationId();
        }
        if (value.organizationId != 0)
            result.append(value);
    }
    return result;
}

} // namespace leverage::ui

#include "ui/cases/CaseDialog.h"

#include "core/contacts/ContactDirectory.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/cases/CaseOrganizationsEditor.h"
#include "ui/clocks/JurisdictionFields.h"
#include "ui/common/FormFields.h"
#include "ui/contacts/OrganizationPicker.h"
#include "ui/models/clocks/ClockEditor.h"
#include "ui/models/clocks/ClockLookup.h"
#include "ui/models/common/MoneyText.h"
#include "ui/models/outcomes/CaseOutcomeLine.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace leverage::ui {

CaseDialog::CaseDialog(models::WorkspaceEditor &editor, const Case &value, QWidget *parent)
    : EditDialog(editor, parent), m_value(value)
{
    setWindowTitle(value.meta.isStored() ? tr("Edit Case") : tr("New Case"));
    setDiscardQuestion(value.meta.isStored() ? tr("Discard the changes to this case?")
                                             : tr("Discard this new case?"));
    m_title = new QLineEdit(value.title, this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Refund for the cancelled order"));
    m_organization = new OrganizationPicker(workspace(), this);
    m_organization->setObjectName(QStringLiteral("organization"));
    // A new case may name an organization not yet in the workspace; it is made with the case.
    m_organization->setAcceptsNewName(!value.meta.isStored());
    m_organization->setOrganizationId(value.organizationId);
    showError(m_organization->loadError());
    m_reference = new QLineEdit(value.reference, this);
    m_reference->setPlaceholderText(tr("Account, order or claim number"));
    m_status = new QComboBox(this);
    for (auto status : {CaseStatus::Open, CaseStatus::Waiting, CaseStatus::Escalated,
                        CaseStatus::Resolved, CaseStatus::Closed})
        m_status->addItem(caseStatusLabel(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(value.status)));
    m_opened = fields::dateTime(this);
    m_opened->setDateTime(value.openedAt.isNull() ? workspace().clock().now()
                                                  : value.openedAt.toLocalTime());
    m_desiredOutcome = fields::shortText(this, 2);
    m_desiredOutcome->setObjectName(QStringLiteral("desiredOutcome"));
    m_desiredOutcome->setPlainText(value.desiredOutcome);
    m_desiredOutcome->setPlaceholderText(tr("What would settle it: a refund of $120, a repair …"));
    m_outcome = fields::shortText(this, 2);
    m_outcome->setPlainText(value.outcome);
    m_currency = new QLineEdit(value.currency, this);
    m_currency->setMaxLength(3);
    m_currency->setInputMask(QStringLiteral(">AAA"));
    m_currency->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    m_sought = new QDoubleSpinBox(this);
    m_sought->setRange(0, 1e9);
    m_sought->setDecimals(2);
    m_sought->setGroupSeparatorShown(true);
    m_sought->setValue(fields::centsToUnits(value.amountSoughtCents));
    // What was received is recorded item by item with the outcome (one place for it), and
    // shown here read-only; an amount kept on the case from before outcomes is shown as such.
    m_recovered = new QLabel(this);
    m_recovered->setObjectName(QStringLiteral("recovered"));
    m_recovered->setTextFormat(Qt::PlainText);
    m_recovered->setWordWrap(true);
    m_recovered->setTextInteractionFlags(Qt::TextSelectableByMouse); // Tab goes past it
    m_recovered->setText(recoveredText(value));

    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Organization:"), m_organization);
    if (value.meta.isStored()) {
        // Everyone involved: the retailer who sold it, the installer it handed the job to …
        m_organizations = new CaseOrganizationsEditor(workspace(), this);
        m_organizations->setObjectName(QStringLiteral("caseOrganizations"));
        auto involved = ContactDirectory(workspace()).caseOrganizations(value.meta.id);
        if (involved)
            m_organizationsShown = *involved;
        else
            showError(tr("The case's organizations could not be read: %1").arg(involved.message()));
        m_organizations->setOrganizations(value.organizationId, m_organization->currentText(),
                                          m_organizationsShown);
        connect(m_organization, &OrganizationPicker::organizationChanged, this, [this](RowId id) {
            m_organizations->setPrimary(id, m_organization->currentText());
        });
        form()->addRow(tr("All organi&zations:"), m_organizations);
        // The label's Alt+Z goes to the first role (the editor itself takes no focus).
        if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_organizations)))
            label->setBuddy(m_organizations->focusProxy());
    }
    form()->addRow(tr("&Reference:"), m_reference);
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(tr("O&pened:"), m_opened);
    form()->addRow(tr("&Desired outcome:"), m_desiredOutcome);
    form()->addRow(tr("Outco&me so far:"), m_outcome);
    form()->addRow(tr("Amount sou&ght:"), m_sought);
    form()->addRow(tr("Amount recovered:"), m_recovered);
    form()->addRow(tr("Curre&ncy:"), m_currency);

    // For the clocks: which deadline rules apply.
    m_where = std::make_unique<JurisdictionFields>(this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_where->country(), 1);
    where->addWidget(m_where->region());
    auto *whereLabel = new QLabel(tr("&Where (clocks):"), this);
    whereLabel->setBuddy(m_where->country());
    form()->addRow(whereLabel, where);
    form()->addRow(tr("S&ector:"), m_where->sector());
    suggestJurisdiction();
    for (auto *combo : {m_where->country(), m_where->sector()})
        connect(combo, &QComboBox::activated, this, [this] { m_whereTouched = true; });
    connect(m_where->region(), &QLineEdit::textEdited, this, [this] { m_whereTouched = true; });
    connect(m_organization, &OrganizationPicker::organizationChanged, this, [this] {
        if (!m_whereTouched && !m_value.meta.isStored())
            suggestJurisdiction();
    });
    if (workspace().isTeamWorkspace())
        addAccessFields();
    m_title->setFocus();
}

void CaseDialog::addAccessFields()
{
    if (m_value.meta.isStored()) {
        if (auto stored = models::readCaseAccess(workspace(), m_value.meta.id))
            m_accessStored = *stored;
        else
            showError(tr("Who may see the case could not be read: %1").arg(stored.message()));
    }
    m_private = new QCheckBox(tr("Only its advocates and the supervisors see it"), this);
    m_private->setObjectName(QStringLiteral("casePrivate"));
    m_private->setChecked(m_accessStored.isPrivate);
    m_advocates = new QLineEdit(m_accessStored.advocates.join(QStringLiteral(", ")), this);
    m_advocates->setObjectName(QStringLiteral("caseAdvocates"));
    m_advocates->setPlaceholderText(tr("their logins, separated by commas"));
    form()->addRow(tr("Pri&vate:"), m_private);
    form()->addRow(tr("Advocate &logins:"), m_advocates);
}

CaseAccess CaseDialog::access() const
{
    if (!m_private)
        return m_accessStored;
    CaseAccess access;
    access.isPrivate = m_private->isChecked();
    for (const auto &login : m_advocates->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto trimmed = login.trimmed(); !trimmed.isEmpty())
            access.advocates << trimmed;
    access.advocates.sort();
    access.advocates.removeDuplicates();
    return access;
}

CaseDialog::~CaseDialog() = default;

QString CaseDialog::recoveredText(const Case &value) const
{
    const QString how = tr("recorded item by item when the case is closed with an outcome "
                           "(Edit → Close Case with Outcome…, Ctrl+Shift+O)");
    if (!value.meta.isStored())
        return tr("Nothing yet: %1.").arg(how);
    auto received = models::caseReceivedText(workspace(), value);
    if (!received)
        return tr("Could not be read: %1").arg(received.message());
    if (*received)
        return (*received)->isEmpty() ? tr("Nothing, by the outcome's items.")
                                      : tr("%1, by the outcome's items.").arg(**received);
    if (value.amountRecoveredCents > 0)
        return tr("%1, noted before outcomes were recorded; from now on %2.")
            .arg(models::moneyText(value.amountRecoveredCents, value.currency), how);
    return tr("Nothing yet: %1.").arg(how);
}

void CaseDialog::suggestJurisdiction()
{
    if (m_value.meta.isStored()) {
        if (auto stored = models::ClockLookup::stored(workspace(), m_value.meta.id))
            m_whereStored = *stored;
        m_where->show(m_whereStored);
        return;
    }
    m_where->show(
        models::ClockLookup::suggested(workspace(), m_organization->organizationId()).where);
}

Case CaseDialog::collect() const
{
    Case value = m_value;
    value.title = m_title->text().trimmed();
    value.organizationId = m_organization->organizationId();
    value.reference = m_reference->text().trimmed();
    value.status = CaseStatus(m_status->currentData().toInt());
    // Keep the recorded offset unless the user changed the moment.
    if (m_value.openedAt.isNull() || m_opened->dateTime() != m_value.openedAt.toLocalTime())
        value.openedAt = Instant::fromDateTime(m_opened->dateTime());
    value.desiredOutcome = m_desiredOutcome->toPlainText().trimmed();
    value.outcome = m_outcome->toPlainText().trimmed();
    value.amountSoughtCents = fields::unitsToCents(m_sought->value());
    value.currency =
        m_currency->text().trimmed().isEmpty() ? m_value.currency : m_currency->text().trimmed();
    return value;
}

QString CaseDialog::validate() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Give the case a title, for example “Refund for the cancelled order”.");
    return {};
}

Result<ItemRef> CaseDialog::save()
{
    Case value = collect();
    const clocks::CaseJurisdiction where = m_where->value();
    const CaseAccess who = access();
    const bool whereChanged = where != m_whereStored;
    const bool whoChanged = who != m_accessStored;
    if (!whereChanged && !whoChanged) {
        if (auto status = saveCase(value); !status)
            return status.error();
    } else {
        // The case, where it is and who may see it: one undo step.
        QUndoStack &stack = editor().pusher().stack();
        stack.beginMacro(value.meta.isStored() ? tr("Edit the case") : tr("Add a case"));
        const Status saved = saveCase(value);
        Status status = saved;
        if (status && whereChanged)
            status = models::ClockEditor(workspace(), editor().pusher())
                         .setJurisdiction(value.meta.id, where);
        if (status && whoChanged)
            status = editor().pusher().push(
                std::make_unique<models::SetCaseAccessCommand>(workspace(), value.meta.id, who));
        stack.endMacro();
        if (!saved) {
            // The failed save pushed nothing: the empty step goes (an obsolete step is
            // deleted by the undo that reaches it, without running anything).
            const_cast<QUndoCommand *>(stack.command(stack.index() - 1))->setObsolete(true);
            stack.undo();
        }
        if (!status)
            return status.error();
        m_whereStored = where;
        m_accessStored = who;
    }
    m_value = value;
    return ItemRef{ItemRef::Kind::Case, value.meta.id};
}

Status CaseDialog::saveCase(Case &value)
{
    Status status;
    if (value.meta.isStored()) {
        QList<Organization> newOrganizations;
        const auto organizations = m_organizations->organizations(newOrganizations);
        // The plain edit (which merges with the next one like it) unless the list changed.
        if (newOrganizations.isEmpty() && organizations == m_organizationsShown)
            status = editor().updateCase(value);
        else
            status = editor().updateCase(value, organizations, newOrganizations);
        if (status)
            m_organizationsShown = organizations;
    } else if (const QString name = m_organization->newOrganizationName(); !name.isEmpty()) {
        Organization organization;
        organization.name = name;
        status = editor().addCase(value, organization);
    } else {
        status = editor().addCase(value);
    }
    return status;
}

} // namespace leverage::ui

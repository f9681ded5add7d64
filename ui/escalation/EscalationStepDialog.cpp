#include "ui/escalation/EscalationStepDialog.h"

#include "core/contacts/ContactDirectory.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/common/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace leverage::ui {
namespace {

// Target combo data: which kind of row it points at, and its id.
enum class TargetKind
{
    FreeText,
    Contact,
    Organization
};

QVariant targetData(TargetKind kind, RowId id)
{
    return QVariantList{int(kind), QVariant::fromValue<qint64>(id)};
}

} // namespace

EscalationStepDialog::EscalationStepDialog(Workspace &workspace, QWidget *parent)
    : GuardedDialog(parent), m_clock(workspace.clock()), m_level(new QComboBox(this)),
      m_target(new QComboBox(this)), m_freeText(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_hasDate(new QCheckBox(tr("By"), this)), m_date(fields::date(this)),
      m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Escalation step"));
    m_level->setObjectName(QStringLiteral("level"));
    m_target->setObjectName(QStringLiteral("target"));
    m_freeText->setObjectName(QStringLiteral("freeText"));
    m_status->setObjectName(QStringLiteral("status"));
    m_note->setObjectName(QStringLiteral("note"));
    for (int i = 0; i <= int(EscalationLevel::Other); ++i)
        m_level->addItem(escalationLevelLabel(EscalationLevel(i)), i);
    for (int i = 0; i <= int(EscalationStatus::Skipped); ++i)
        m_status->addItem(escalationStatusLabel(EscalationStatus(i)), i);
    fillTargets(workspace);
    m_freeText->setPlaceholderText(tr("A name, a body, an address…"));
    m_date->setDate(workspace.clock().now().date().addDays(14));
    m_date->setEnabled(false);
    m_note->setPlaceholderText(tr("Why this step, what to bring, rules of engagement…"));
    m_note->setTabChangesFocus(true);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("Or &free text:"), m_freeText);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Target &date:"), dateRow);
    form->addRow(tr("&Note:"), m_note);
    m_hasDate->setAccessibleName(tr("Has a target date"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_target, &QComboBox::currentIndexChanged, this, &EscalationStepDialog::updateFreeText);
    updateFreeText();
}

void EscalationStepDialog::fillTargets(Workspace &workspace)
{
    m_target->addItem(tr("No one yet, or free text below"), targetData(TargetKind::FreeText, 0));
    const ContactDirectory directory(workspace);
    auto organizations = directory.organizations();
    if (!organizations)
        return;
    for (const auto &organization : std::as_const(*organizations)) {
        m_target->addItem(tr("%1 (organization)").arg(organization.name),
                          targetData(TargetKind::Organization, organization.meta.id));
        auto contacts = directory.peopleOf({organization.meta.id});
        if (!contacts)
            continue;
        for (const auto &contact : std::as_const(*contacts)) {
            const auto label = contact.position.isEmpty()
                                   ? contact.name
                                   : tr("%1, %2").arg(contact.name, contact.position);
            m_target->addItem(QStringLiteral("    ") + label,
                              targetData(TargetKind::Contact, contact.meta.id));
        }
    }
}

void EscalationStepDialog::updateFreeText()
{
    const auto data = m_target->currentData().toList();
    m_freeText->setEnabled(data.isEmpty() ||
                           TargetKind(data.at(0).toInt()) == TargetKind::FreeText);
}

void EscalationStepDialog::setStep(const EscalationStep &step)
{
    m_step = step;
    m_level->setCurrentIndex(m_level->findData(int(step.level)));
    m_status->setCurrentIndex(m_status->findData(int(step.status)));
    int target = 0;
    if (step.contactId > 0)
        target = m_target->findData(targetData(TargetKind::Contact, step.contactId));
    else if (step.organizationId > 0)
        target = m_target->findData(targetData(TargetKind::Organization, step.organizationId));
    m_target->setCurrentIndex(std::max(target, 0));
    m_freeText->setText(step.targetText);
    m_hasDate->setChecked(step.targetDate.isValid());
    if (step.targetDate.isValid())
        m_date->setDate(step.targetDate);
    m_note->setPlainText(step.note);
}

EscalationStep EscalationStepDialog::step() const
{
    auto step = m_step;
    step.level = EscalationLevel(m_level->currentData().toInt());
    const auto previous = m_step.status;
    step.status = EscalationStatus(m_status->currentData().toInt());
    const auto now = Instant::fromDateTime(m_clock.now());
    if (step.status != EscalationStatus::Done)
        step.doneAt = {};
    else if (previous != EscalationStatus::Done)
        step.doneAt = now;
    // Marked current by hand: reached now, unless the path already knew when.
    if (step.status == EscalationStatus::Planned)
        step.reachedAt = {};
    else if (step.status == EscalationStatus::Current && previous != EscalationStatus::Current &&
             step.reachedAt.isNull())
        step.reachedAt = now;
    const auto data = m_target->currentData().toList();
    const auto kind = data.isEmpty() ? TargetKind::FreeText : TargetKind(data.at(0).toInt());
    const RowId id = data.isEmpty() ? 0 : data.at(1).toLongLong();
    step.contactId = kind == TargetKind::Contact ? id : 0;
    // A contact's step may also name their organization: kept while the contact stays.
    if (kind == TargetKind::Contact)
        step.organizationId = id == m_step.contactId ? m_step.organizationId : 0;
    else
        step.organizationId = kind == TargetKind::Organization ? id : 0;
    step.targetText = kind == TargetKind::FreeText ? m_freeText->text().trimmed() : QString();
    step.targetDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    step.note = m_note->toPlainText().trimmed();
    return step;
}

} // namespace leverage::ui

#include "ui/escalation/EscalateDialog.h"

#include "core/contacts/ContactDirectory.h"
#include "ui/models/escalation/EscalationPathModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

using Model = models::EscalationPathModel;

} // namespace

QString escalationStepLabel(const QModelIndex &index)
{
    const auto level = index.data(Model::LevelTextRole).toString();
    const auto target = index.data(Model::TargetRole).toString();
    return target.isEmpty() ? level : QStringLiteral("%1 (%2)").arg(level, target);
}

EscalateDialog::EscalateDialog(Workspace &workspace, const models::EscalationPathModel &path,
                               QWidget *parent)
    : GuardedDialog(parent), m_path(path), m_from(new QLabel(this)), m_step(new QComboBox(this)),
      m_person(new QComboBox(this)), m_channel(new QComboBox(this)), m_summary(new QLineEdit(this)),
      m_warning(new QLabel(this))
{
    setWindowTitle(tr("Escalate"));
    m_step->setObjectName(QStringLiteral("escalateTo"));
    m_person->setObjectName(QStringLiteral("person"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_warning->setObjectName(QStringLiteral("tooEarly"));

    const int current = path.currentRow();
    m_from->setText(current >= 0 ? escalationStepLabel(path.index(current)) : tr("Not started"));
    m_from->setTextFormat(Qt::PlainText);
    for (int row = current + 1; row < path.rowCount(); ++row) {
        const auto index = path.index(row);
        if (EscalationStatus(index.data(Model::StatusRole).toInt()) == EscalationStatus::Planned)
            m_step->addItem(tr("%1. %2")
                                .arg(index.data(Model::NumberRole).toInt())
                                .arg(escalationStepLabel(index)),
                            index.data(Model::IdRole));
    }
    fillPeople(workspace, path.caseId());
    for (const auto channel :
         {Channel::Call, Channel::Email, Channel::Letter, Channel::Chat, Channel::Visit})
        m_channel->addItem(channelLabel(channel), int(channel));
    m_summary->setPlaceholderText(tr("One line for the timeline"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Now at:"), m_from);
    form->addRow(tr("Escalate &to:"), m_step);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&How:"), m_channel);
    form->addRow(tr("&Summary:"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_step->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_step, &QComboBox::currentIndexChanged, this, &EscalateDialog::stepChosen);
    connect(m_person, &QComboBox::currentIndexChanged, this, &EscalateDialog::updateSummary);
    connect(m_summary, &QLineEdit::textEdited, this, [this] { m_summaryTyped = true; });
    stepChosen();
    m_step->setFocus();
}

void EscalateDialog::fillPeople(Workspace &workspace, RowId caseId)
{
    m_person->addItem(tr("No one named (the level itself)"), QVariant::fromValue<qint64>(0));
    const ContactDirectory directory(workspace);
    auto organizations = directory.organizations();
    if (!organizations)
        return;
    // The case's organizations first, then everyone else.
    QList<RowId> ofCase;
    if (auto ids = directory.organizationsOfCase(caseId))
        ofCase = *ids;
    QList<RowId> order = ofCase;
    for (const auto &organization : std::as_const(*organizations))
        if (!order.contains(organization.meta.id))
            order.append(organization.meta.id);
    QHash<RowId, QString> names;
    for (const auto &organization : std::as_const(*organizations))
        names.insert(organization.meta.id, organization.name);
    for (const RowId organizationId : order) {
        auto people = directory.peopleOf({organizationId});
        if (!people)
            continue;
        for (const auto &contact : std::as_const(*people)) {
            m_people.insert(contact.meta.id, contact);
            QString label = contact.name;
            if (!contact.position.isEmpty())
                label += tr(", %1").arg(contact.position);
            label += tr(" — %1").arg(names.value(organizationId));
            m_person->addItem(label, QVariant::fromValue<qint64>(contact.meta.id));
        }
    }
}

void EscalateDialog::stepChosen()
{
    const RowId stepId = m_step->currentData().toLongLong();
    const auto index = m_path.indexOfStep(stepId);
    const auto step = m_path.stepAt(index.row());
    const int person = m_person->findData(QVariant::fromValue<qint64>(step.contactId));
    m_person->setCurrentIndex(std::max(person, 0));
    // The person's preferred channel, when it names one ("E-mail", "email"): else a call.
    int channel = m_channel->findData(int(Channel::Call));
    const auto preferred = m_people.value(step.contactId).preferredChannel.trimmed();
    for (int i = 0; i < m_channel->count() && !preferred.isEmpty(); ++i) {
        const auto which = Channel(m_channel->itemData(i).toInt());
        if (preferred.compare(channelLabel(which), Qt::CaseInsensitive) == 0 ||
            preferred.compare(channelKey(which), Qt::CaseInsensitive) == 0)
            channel = i;
    }
    m_channel->setCurrentIndex(channel);
    const auto early = stepId > 0 ? m_path.service().tooEarly(m_path.caseId(), step) : std::nullopt;
    m_warning->setText(early ? tr("Too early? %1").arg(*early) : QString());
    m_warning->setVisible(early.has_value());
    updateSummary();
}

void EscalateDialog::updateSummary()
{
    if (m_summaryTyped || m_step->count() == 0)
        return;
    const auto index = m_path.indexOfStep(m_step->currentData().toLongLong());
    const auto level = index.data(Model::LevelTextRole).toString();
    const RowId person = m_person->currentData().toLongLong();
    const QString name = m_people.value(person).name;
    m_summary->setText(name.isEmpty() ? tr("Escalated to %1").arg(level)
                                      : tr("Escalated to %1 (%2)").arg(name, level));
}

EscalationService::Attempt EscalateDialog::attempt() const
{
    EscalationService::Attempt attempt;
    attempt.stepId = m_step->currentData().toLongLong();
    attempt.contactId = m_person->currentData().toLongLong();
    attempt.channel = Channel(m_channel->currentData().toInt());
    attempt.summary = m_summary->text().trimmed();
    return attempt;
}

QString EscalateDialog::warning() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

} // namespace leverage::ui

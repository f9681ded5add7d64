#include "ui/clocks/TriggerDialog.h"

#include "core/clocks/ClockVocabulary.h"
#include "ui/common/FormFields.h"
#include "ui/models/clocks/ClockLookup.h"
#include "ui/models/common/LocalTimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {
namespace {

using clocks::ClockVocabulary;

constexpr int kEntriesOffered = 50;

QWidget *dateRow(QCheckBox *known, QDateTimeEdit *date, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(known);
    layout->addWidget(date, 1);
    QObject::connect(known, &QCheckBox::toggled, date, &QWidget::setEnabled);
    return row;
}

} // namespace

TriggerDialog::TriggerDialog(Workspace &workspace, clocks::ClockTrigger trigger, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_trigger(std::move(trigger)),
      m_route(new QComboBox(this)), m_event(new QComboBox(this)), m_entry(new QComboBox(this)),
      m_sentKnown(new QCheckBox(tr("known"), this)),
      m_sent(fields::date(this, QStringLiteral("ddd d MMM yyyy"))),
      m_receivedKnown(new QCheckBox(tr("known"), this)),
      m_received(fields::date(this, QStringLiteral("ddd d MMM yyyy"))), m_note(new QLineEdit(this))
{
    setWindowTitle(m_trigger.meta.isStored() ? tr("Edit Clock Event") : tr("Add Clock Event"));
    setObjectName(QStringLiteral("triggerDialog"));
    for (const auto &route : ClockVocabulary::routes())
        m_route->addItem(route.label, route.key);
    for (const auto &event : ClockVocabulary::events())
        if (event.key != QLatin1String("window_opened"))
            m_event->addItem(event.label, event.key);
    m_route->setCurrentIndex(std::max(0, m_route->findData(m_trigger.route)));
    m_event->setCurrentIndex(std::max(0, m_event->findData(m_trigger.event)));

    m_entry->addItem(tr("(none: typed dates)"), QVariant::fromValue<qint64>(0));
    for (const auto &entry :
         models::ClockLookup::recentEntries(m_workspace, m_trigger.caseId, kEntriesOffered)) {
        m_entry->addItem(tr("%1 · %2").arg(models::shortDate(entry.date), entry.summary.left(60)),
                         QVariant::fromValue<qint64>(entry.id));
        m_entry->setItemData(m_entry->count() - 1, entry.date, Qt::UserRole + 1);
    }
    // An older entry than those offered (marked from the timeline) is offered too.
    if (m_trigger.entryId > 0 && m_entry->findData(QVariant::fromValue(m_trigger.entryId)) < 0)
        if (auto entry = models::ClockLookup::entry(m_workspace, m_trigger.entryId)) {
            m_entry->addItem(
                tr("%1 · %2").arg(models::shortDate(entry->date), entry->summary.left(60)),
                QVariant::fromValue<qint64>(entry->id));
            m_entry->setItemData(m_entry->count() - 1, entry->date, Qt::UserRole + 1);
        }
    m_entry->setCurrentIndex(
        std::max(0, m_entry->findData(QVariant::fromValue(m_trigger.entryId))));

    const QDate today = models::ClockLookup::today(m_workspace);
    m_sentKnown->setChecked(m_trigger.sentOn.isValid());
    m_sent->setDate(m_trigger.sentOn.isValid() ? m_trigger.sentOn : today);
    m_sent->setEnabled(m_sentKnown->isChecked());
    m_receivedKnown->setChecked(m_trigger.receivedOn.isValid() || !m_trigger.sentOn.isValid());
    m_received->setDate(m_trigger.receivedOn.isValid() ? m_trigger.receivedOn : today);
    m_received->setEnabled(m_receivedKnown->isChecked());
    m_note->setText(m_trigger.note);
    m_sentKnown->setObjectName(QStringLiteral("sentKnown"));
    m_receivedKnown->setObjectName(QStringLiteral("receivedKnown"));
    m_sent->setObjectName(QStringLiteral("sentOn"));
    m_received->setObjectName(QStringLiteral("receivedOn"));
    // The form's labels name the rows; each part of a row needs its own name.
    m_sent->setAccessibleName(tr("Sent on"));
    m_received->setAccessibleName(tr("Received on"));
    m_sentKnown->setAccessibleName(tr("Sent date known"));
    m_receivedKnown->setAccessibleName(tr("Received date known"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Route:"), m_route);
    form->addRow(tr("&What happened:"), m_event);
    form->addRow(tr("Timeline &entry:"), m_entry);
    form->addRow(tr("&Sent on:"), dateRow(m_sentKnown, m_sent, this));
    form->addRow(tr("Re&ceived on:"), dateRow(m_receivedKnown, m_received, this));
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_entry, &QComboBox::currentIndexChanged, this, &TriggerDialog::entryChosen);
    connect(m_sentKnown, &QCheckBox::toggled, this, &TriggerDialog::updateOk);
    connect(m_receivedKnown, &QCheckBox::toggled, this, &TriggerDialog::updateOk);
    updateOk();
}

void TriggerDialog::entryChosen()
{
    const QDate day = m_entry->currentData(Qt::UserRole + 1).toDate();
    if (!day.isValid())
        return;
    // The entry is the event as the user lived it: sent that day (a letter, a call).
    m_sentKnown->setChecked(true);
    m_sent->setDate(day);
}

void TriggerDialog::updateOk()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_sentKnown->isChecked() || m_receivedKnown->isChecked());
}

clocks::ClockTrigger TriggerDialog::trigger() const
{
    clocks::ClockTrigger value = m_trigger;
    value.route = m_route->currentData().toString();
    value.event = m_event->currentData().toString();
    value.entryId = m_entry->currentData().toLongLong();
    value.sentOn = m_sentKnown->isChecked() ? m_sent->date() : QDate();
    value.receivedOn = m_receivedKnown->isChecked() ? m_received->date() : QDate();
    value.note = m_note->text().trimmed();
    return value;
}

} // namespace leverage::ui

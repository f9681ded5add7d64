#include "ui/letters/MarkSentDialog.h"

#include "ui/common/FormFields.h"
#include "ui/common/PlaceholderWidth.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

MarkSentDialog::MarkSentDialog(const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_when(fields::dateTime(this)), m_channel(new QComboBox(this)),
      m_tracking(new QLineEdit(this))
{
    setObjectName(QStringLiteral("markSentDialog"));
    setWindowTitle(tr("Mark Letter as Sent"));
    m_when->setDateTime(now);
    for (auto channel :
         {LetterChannel::Post, LetterChannel::Email, LetterChannel::Fax, LetterChannel::Hand})
        m_channel->addItem(letterChannelLabel(channel), int(channel));
    m_tracking->setPlaceholderText(tr("For recorded or registered post"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Sent:"), m_when);
    form->addRow(tr("&By:"), m_channel);
    form->addRow(tr("&Tracking number:"), m_tracking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark as Sent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fitPlaceholders(this);
    m_channel->setFocus();
}

QDateTime MarkSentDialog::sentAt() const
{
    return m_when->dateTime();
}

LetterChannel MarkSentDialog::channel() const
{
    return LetterChannel(m_channel->currentData().toInt());
}

QString MarkSentDialog::trackingNumber() const
{
    return m_tracking->text().trimmed();
}

} // namespace leverage::ui

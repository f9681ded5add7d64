#include "ui/calls/FollowUpDialog.h"

#include "core/calls/BusinessDays.h"
#include "ui/common/FormFields.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

FollowUpDialog::FollowUpDialog(const QDateTime &now, QWidget *parent)
    : GuardedDialog(parent), m_offsetSeconds(now.offsetFromUtc()), m_what(new QLineEdit(this)),
      m_due(fields::dateTime(this, QStringLiteral("ddd d MMM yyyy  HH:mm")))
{
    setWindowTitle(tr("Follow-up"));
    setDiscardQuestion(tr("Discard this follow-up?"));
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. supervisor calls back between 2 and 4 pm"));
    m_due->setObjectName(QStringLiteral("due"));
    // The next business morning is the usual callback time.
    // Date and time are set apart, so the edit shows the user's wall time, not a converted one.
    m_due->setDate(calls::addBusinessDays(now.date(), 1));
    m_due->setTime(QTime(10, 0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add follow-up"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_what, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(buttons);
}

QString FollowUpDialog::what() const
{
    return m_what->text().trimmed();
}

Instant FollowUpDialog::dueAt() const
{
    return Instant::fromDateTime(
        QDateTime(m_due->date(), m_due->time(), Qt::OffsetFromUTC, m_offsetSeconds));
}

} // namespace leverage::ui

#include "ui/calls/PromiseDialog.h"

#include "core/calls/BusinessDays.h"
#include "ui/common/FormFields.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {
namespace {
constexpr int kOnADate = -1;
}

PromiseDialog::PromiseDialog(const QString &byWhom, const QDateTime &now, QWidget *parent)
    : GuardedDialog(parent), m_now(now), m_what(new QLineEdit(this)), m_due(new QComboBox(this)),
      m_date(fields::date(this, QStringLiteral("ddd d MMM yyyy")))
{
    setWindowTitle(tr("Promise"));
    setDiscardQuestion(tr("Discard this promise?"));
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. file the reimbursement with claims"));
    m_due->setObjectName(QStringLiteral("due"));
    m_due->addItem(tr("Today"), 0);
    m_due->addItem(tr("In 3 business days"), 3);
    m_due->addItem(tr("In 5 business days"), 5);
    m_due->addItem(tr("In 10 business days"), 10);
    m_due->addItem(tr("On a date…"), kOnADate);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(calls::addBusinessDays(now.date(), 5));
    m_date->setEnabled(false);
    connect(m_due, &QComboBox::currentIndexChanged, this,
            [this] { m_date->setEnabled(m_due->currentData().toInt() == kOnADate); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add promise"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_what, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("By:"), new QLabel(byWhom.isEmpty() ? tr("(nobody chosen)") : byWhom, this));
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(buttons);
}

QString PromiseDialog::what() const
{
    return m_what->text().trimmed();
}

Instant PromiseDialog::dueAt() const
{
    const int days = m_due->currentData().toInt();
    const QDate date =
        days == kOnADate ? m_date->date() : calls::addBusinessDays(m_now.date(), days);
    return calls::closeOfBusiness(date, m_now.offsetFromUtc());
}

} // namespace leverage::ui

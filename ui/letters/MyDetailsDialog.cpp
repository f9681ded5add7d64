#include "ui/letters/MyDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leverage::ui {

MyDetailsDialog::MyDetailsDialog(const MyDetails &details, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(details.name, this)),
      m_address(new QPlainTextEdit(details.address, this)),
      m_phone(new QLineEdit(details.phone, this)), m_email(new QLineEdit(details.email, this))
{
    setObjectName(QStringLiteral("myDetailsDialog"));
    setWindowTitle(tr("My Details"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("One line per line of the envelope"));
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Postal &address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Letters print these at the top and under your signature. "
                                    "They are kept in this workspace only."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

MyDetails MyDetailsDialog::details() const
{
    return {m_name->text().trimmed(), m_address->toPlainText().trimmed(), m_phone->text().trimmed(),
            m_email->text().trimmed()};
}

} // namespace leverage::ui

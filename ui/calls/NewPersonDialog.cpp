#include "ui/calls/NewPersonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

NewPersonDialog::NewPersonDialog(const QString &name, QWidget *parent)
    : GuardedDialog(parent), m_name(new QLineEdit(name, this)), m_position(new QLineEdit(this)),
      m_extension(new QLineEdit(this))
{
    setWindowTitle(tr("New person on the call"));
    setDiscardQuestion(tr("Discard this person?"));
    m_name->setObjectName(QStringLiteral("name"));
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setPlaceholderText(tr("e.g. supervisor, claims department"));
    m_extension->setObjectName(QStringLiteral("extension"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add person"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("Employee id / e&xt.:"), m_extension);
    form->addRow(buttons);
    if (!name.isEmpty())
        m_position->setFocus();
}

CallParticipant NewPersonDialog::person() const
{
    CallParticipant p;
    p.name = m_name->text().trimmed();
    p.position = m_position->text().trimmed();
    p.extension = m_extension->text().trimmed();
    return p;
}

} // namespace leverage::ui

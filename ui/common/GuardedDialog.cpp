#include "ui/common/GuardedDialog.h"

#include "ui/common/PlaceholderWidth.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace leverage::ui {

GuardedDialog::GuardedDialog(QWidget *parent)
    : QDialog(parent), m_question(tr("Discard what you typed?"))
{
}

GuardedDialog::~GuardedDialog() = default;

void GuardedDialog::setVisible(bool visible)
{
    // Before the first show works out the dialog's size: every hint shows whole.
    if (visible && !m_placeholdersFitted) {
        m_placeholdersFitted = true;
        fitPlaceholders(this);
    }
    QDialog::setVisible(visible);
}

void GuardedDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_taken) {
        m_shown = fieldValues();
        m_taken = true;
    }
}

// What a person can type or choose, field by field in a fixed order. The line edit inside a
// spin box or an editable combo box is read through its owner.
QStringList GuardedDialog::fieldValues() const
{
    QStringList out;
    for (const QWidget *widget : findChildren<QWidget *>()) {
        if (widget->window() != this)
            continue; // a message box or a calendar popup parented to the dialog
        if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
            const QObject *owner = line->parent();
            if (!qobject_cast<const QAbstractSpinBox *>(owner) &&
                !qobject_cast<const QComboBox *>(owner))
                out << line->text();
        } else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
            out << plain->toPlainText();
        } else if (const auto *rich = qobject_cast<const QTextEdit *>(widget)) {
            out << rich->toPlainText();
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            out << QString::number(combo->currentIndex()) + QLatin1Char(':') + combo->currentText();
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            out << spin->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->isCheckable())
                out << QString::number(button->isChecked());
        }
    }
    return out;
}

bool GuardedDialog::isChanged() const
{
    return m_taken && fieldValues() != m_shown;
}

void GuardedDialog::reject()
{
    if (isChanged()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), m_question, QMessageBox::NoButton,
                        this);
        auto *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        auto *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace leverage::ui

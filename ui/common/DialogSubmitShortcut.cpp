#include "ui/common/DialogSubmitShortcut.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPushButton>

namespace leverage::ui {
namespace {

// The button that says yes: the dialog's default button, else its button box's accepting one.
QAbstractButton *submitButton(QDialog &dialog)
{
    for (auto *button : dialog.findChildren<QPushButton *>())
        if (button->isDefault() && button->isVisibleTo(&dialog))
            return button;
    for (auto *box : dialog.findChildren<QDialogButtonBox *>())
        for (auto *button : box->buttons()) {
            const auto role = box->buttonRole(button);
            if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::YesRole ||
                role == QDialogButtonBox::ApplyRole)
                return button;
        }
    return nullptr;
}

} // namespace

void DialogSubmitShortcut::install()
{
    auto *application = QCoreApplication::instance();
    if (!application || application->findChild<DialogSubmitShortcut *>())
        return;
    application->installEventFilter(new DialogSubmitShortcut(application));
}

bool DialogSubmitShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::ControlModifier ||
        (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter))
        return false;
    auto *dialog = qobject_cast<QDialog *>(static_cast<QWidget *>(watched)->window());
    if (!dialog)
        return false;
    QAbstractButton *button = submitButton(*dialog);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace leverage::ui

#include "ui/common/ImmediateMnemonics.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QShortcutEvent>

namespace leverage::ui {

void ImmediateMnemonics::install()
{
    auto *application = QCoreApplication::instance();
    if (!application || application->findChild<ImmediateMnemonics *>())
        return;
    application->installEventFilter(new ImmediateMnemonics(application));
}

bool ImmediateMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Shortcut)
        return false;
    auto *button = qobject_cast<QAbstractButton *>(watched);
    // Two buttons on one letter: Qt's own handling moves the focus between them instead.
    if (!button || !button->isEnabled() || static_cast<QShortcutEvent *>(event)->isAmbiguous())
        return false;
    if (button->focusPolicy() != Qt::NoFocus)
        button->setFocus(Qt::ShortcutFocusReason);
    button->click();
    return true;
}

} // namespace leverage::ui

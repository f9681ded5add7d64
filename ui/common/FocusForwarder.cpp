#include "ui/common/FocusForwarder.h"

#include <QFocusEvent>
#include <QWidget>

namespace leverage::ui {

FocusForwarder::FocusForwarder(QWidget *pane) : QObject(pane)
{
    setObjectName(QStringLiteral("focusForwarder"));
    pane->installEventFilter(this);
}

FocusForwarder &FocusForwarder::of(QWidget *pane)
{
    if (auto *existing = find(pane))
        return *existing;
    return *new FocusForwarder(pane);
}

FocusForwarder *FocusForwarder::find(const QWidget *pane)
{
    return pane ? pane->findChild<FocusForwarder *>(QString(), Qt::FindDirectChildrenOnly)
                : nullptr;
}

bool FocusForwarder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && m_target && m_target != watched &&
        m_target->isEnabled() && m_target->isVisibleTo(static_cast<QWidget *>(watched)))
        m_target->setFocus(static_cast<QFocusEvent *>(event)->reason());
    return QObject::eventFilter(watched, event);
}

} // namespace leverage::ui

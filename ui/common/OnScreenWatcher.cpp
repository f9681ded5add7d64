#include "ui/common/OnScreenWatcher.h"

#include <QEvent>
#include <QWidget>

namespace leverage::ui {

void OnScreenWatcher::callOnce(QWidget &widget, std::function<void()> onScreen)
{
    if (isOnScreen(widget)) {
        onScreen();
        return;
    }
    new OnScreenWatcher(widget, std::move(onScreen));
}

bool OnScreenWatcher::isOnScreen(const QWidget &widget)
{
    // Being shown counts: a widget gets its pending move and resize events just before it
    // shows, so a pane that loads then has its views and boxes first shown with their data.
    const QWidget *window = widget.window();
    if (!window->isVisible() || !widget.isVisibleTo(window))
        return false;
    // The widget's rectangle clipped by each ancestor, as QWidget::visibleRegion does, but
    // without subtracting opaque children: a pane covered by its own views is on screen.
    QRect area = widget.rect();
    for (const QWidget *w = &widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        area.translate(w->pos());
        area &= w->parentWidget()->rect();
        if (area.isEmpty())
            return false;
    }
    return !area.isEmpty();
}

OnScreenWatcher::OnScreenWatcher(QWidget &widget, std::function<void()> onScreen)
    : QObject(&widget), m_widget(widget), m_onScreen(std::move(onScreen))
{
    watchAncestors();
}

void OnScreenWatcher::watchAncestors()
{
    stopWatching();
    for (QWidget *w = &m_widget; w; w = w->isWindow() ? nullptr : w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
}

void OnScreenWatcher::stopWatching()
{
    for (const auto &w : std::as_const(m_watched))
        if (w)
            w->removeEventFilter(this);
    m_watched.clear();
}

bool OnScreenWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ParentChange: // docked, floated, or moved into another tab group
        watchAncestors();
        check();
        break;
    case QEvent::Show:
    case QEvent::Move:
    case QEvent::Resize:
        check();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void OnScreenWatcher::check()
{
    if (m_done || !isOnScreen(m_widget))
        return;
    m_done = true;
    stopWatching();
    // Called synchronously, before the widget is next painted: it never shows up empty.
    m_onScreen();
    deleteLater();
}

} // namespace leverage::ui

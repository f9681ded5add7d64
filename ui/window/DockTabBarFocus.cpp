#include "ui/window/DockTabBarFocus.h"

#include <QEvent>
#include <QMainWindow>
#include <QTabBar>

namespace leverage::ui {
namespace {

void followTabs(QTabBar *bar)
{
    bar->setFocusPolicy(bar->count() > 0 ? Qt::TabFocus : Qt::NoFocus);
}

} // namespace

DockTabBarFocus::DockTabBarFocus(QMainWindow *window) : QObject(window)
{
    window->installEventFilter(this);
}

bool DockTabBarFocus::eventFilter(QObject *watched, QEvent *event)
{
    // The window lays its docks out again whenever one is shown, closed, tabbed or untabbed.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::ChildPolished)
        for (auto *bar : watched->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
            followTabs(bar);
    return QObject::eventFilter(watched, event);
}

} // namespace leverage::ui

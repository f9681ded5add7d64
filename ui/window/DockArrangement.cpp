#include "ui/window/DockArrangement.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace leverage::ui {
namespace {

bool isNamed(const DockArrangement &arrangement, const QDockWidget *dock)
{
    return std::any_of(arrangement.shown.begin(), arrangement.shown.end(),
                       [dock](const DockArrangement::Place &place) { return place.dock == dock; });
}

void resize(QMainWindow &window, const DockArrangement &arrangement)
{
    QList<QDockWidget *> wide, tall;
    QList<int> widths, heights;
    for (const auto &place : arrangement.shown) {
        if (place.percent <= 0 || place.tabWith || !place.dock->isVisible())
            continue;
        if (place.area == Qt::LeftDockWidgetArea || place.area == Qt::RightDockWidgetArea) {
            wide << place.dock;
            widths << window.width() * place.percent / 100 + place.extra;
        } else {
            tall << place.dock;
            heights << window.height() * place.percent / 100 + place.extra;
        }
    }
    if (!wide.isEmpty())
        window.resizeDocks(wide, widths, Qt::Horizontal);
    if (!tall.isEmpty())
        window.resizeDocks(tall, heights, Qt::Vertical);
}

} // namespace

void arrangeDocks(QMainWindow &window, const DockArrangement &arrangement)
{
    for (auto *dock : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (!isNamed(arrangement, dock))
            dock->close();
    std::vector<QDockWidget *> front;
    for (const auto &place : arrangement.shown) {
        if (!place.dock)
            continue;
        place.dock->setFloating(false);
        if (place.tabWith) {
            window.tabifyDockWidget(place.tabWith, place.dock);
        } else {
            // Out of whatever tab group it was in, to its own place in the area.
            window.addDockWidget(place.area, place.dock);
            front.push_back(place.dock);
        }
        place.dock->show();
    }
    for (auto *dock : front)
        dock->raise();
    resize(window, arrangement);
    // Once more after the layout has settled: a window that is still being shown has not
    // its final size yet, and Qt scales dock sizes set before that away.
    QPointer<QMainWindow> guard(&window);
    QTimer::singleShot(0, &window, [guard, arrangement] {
        if (guard)
            resize(*guard, arrangement);
    });
}

} // namespace leverage::ui

#pragma once

#include <QString>
#include <Qt>
#include <vector>

class QDockWidget;
class QMainWindow;

namespace leverage::ui {

// One way of laying out the window's docks: which are shown, where, beside or behind which,
// and how large. Every dock of the window not named here is closed (its place is kept, so
// View → Show or Hide Panes brings it back where it was).
struct DockArrangement
{
    struct Place
    {
        QDockWidget *dock = nullptr;
        Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
        QDockWidget *tabWith = nullptr; // a tab behind this dock (shown earlier in the list)
        // Share of the window: its width for a left or right dock, its height for a top or
        // bottom one (per cent; 0 leaves the size to Qt).
        int percent = 0;
        // Pixels on top of that share, for what the dock holds beside its list (the saved
        // searches below the cases), so that the list itself gets the share.
        int extra = 0;
    };
    std::vector<Place> shown; // the first of each tab group stays in front
};

// Lays the window out as `arrangement` says. The sizes are set once the window has its size.
void arrangeDocks(QMainWindow &window, const DockArrangement &arrangement);

} // namespace leverage::ui

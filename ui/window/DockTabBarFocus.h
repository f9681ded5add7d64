#pragma once

#include <QObject>

class QMainWindow;

namespace leverage::ui {

// QMainWindow keeps the tab bars of docks no longer tabbed together, empty, out of sight
// (moved off the window, not hidden), and Tab still stops on them: the focus vanished for two
// presses on the first window. This takes an empty dock tab bar out of the Tab chain and puts
// it back once it has tabs again.
class DockTabBarFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockTabBarFocus)

public:
    explicit DockTabBarFocus(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace leverage::ui

#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace leverage::ui {

// Calls a function once, the first time a widget is on screen: shown, and inside its window
// rather than moved out of sight. Panes load their data then, not when they are built.
// Visible is not enough: Qt keeps a dock that sits behind another tab visible and only moves
// it off-screen, so a showEvent would load every tabbed pane at start-up. Watches the widget
// and its ancestors (a tab switch moves the dock, not the pane inside it).
class OnScreenWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnScreenWatcher)

public:
    // Calls onScreen now if the widget is on screen, else at the first moment it is. The
    // watcher belongs to the widget; nothing is called after the widget is gone.
    static void callOnce(QWidget &widget, std::function<void()> onScreen);
    // In a shown window, not hidden (or being shown), and some of it lies inside each of its
    // ancestors up to that window.
    static bool isOnScreen(const QWidget &widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    OnScreenWatcher(QWidget &widget, std::function<void()> onScreen);
    void watchAncestors();
    void stopWatching();
    void check();

    QWidget &m_widget;
    std::function<void()> m_onScreen;
    QList<QPointer<QWidget>> m_watched;
    bool m_done = false;
};

} // namespace leverage::ui

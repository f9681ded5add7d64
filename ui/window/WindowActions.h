#pragma once

#include <QString>
#include <vector>

class QAction;
class QMainWindow;

namespace leverage::ui {

// One command of the window as a user finds it: the action and where it is ("Edit", "View →
// Layout"; empty for keys that are in no menu).
struct WindowAction
{
    QAction *action = nullptr;
    QString where;
};

// Every command of the window, in menu order, then the toolbar's and the window's own (keys
// that work from any pane) that no menu holds. Separators, submenus and the numbered entries
// of Open Recent (which are files, not commands) are left out; each action once.
std::vector<WindowAction> windowActions(const QMainWindow &window);

// An action's text as a list shows it: without the mnemonic's & and the trailing ….
QString plainText(const QAction *action);

} // namespace leverage::ui

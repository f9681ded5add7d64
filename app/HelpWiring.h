#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

// The keyboard and the manual (issue 24): Help → User Guide (F1) and Keyboard Shortcuts,
// Settings → Shortcuts to change them; the keys the user chose are set at start.
class HelpWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWiring)

public:
    // After every feature has added its actions.
    explicit HelpWiring(ui::MainWindow &window);

    QAction *userGuideAction() const { return m_guide; }
    QAction *keyboardShortcutsAction() const { return m_keys; }
    QAction *configureShortcutsAction() const { return m_configure; }

private:
    ui::MainWindow &m_window;
    QAction *m_guide = nullptr;
    QAction *m_keys = nullptr;
    QAction *m_configure = nullptr;
};

} // namespace leverage::app

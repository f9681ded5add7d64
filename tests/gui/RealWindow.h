#pragma once

#include "app/MainWindowAssembly.h"

#include <QSize>
#include <QString>
#include <memory>

namespace leverage {
class Clock;
class Workspace;
} // namespace leverage
namespace leverage::app {
class FeatureWiring;
}
namespace leverage::ui {
class MainWindow;
}

namespace leverage::testing {

// The program's own main window with every feature, built by the one composition root
// (app::assembleMainWindow), shown and exposed. GUI tests and scenarios drive it.
class RealWindow
{
public:
    static constexpr QSize kLaptopScreen{1366, 768};

    RealWindow() = default;
    ~RealWindow();
    RealWindow(const RealWindow &) = delete;
    RealWindow &operator=(const RealWindow &) = delete;

    // Opens `path` (creating it if absent, filled with the demo when `demo`), assembles the
    // window and shows it. Returns false with a test failure recorded when anything fails.
    bool open(const QString &path, Clock &clock, bool demo = false);
    // Assembles and shows the window over an already opened workspace.
    bool show(std::unique_ptr<Workspace> workspace);
    // Closes the window as the user would: the layout is saved, the workspace closed.
    void close();

    ui::MainWindow &window() const { return *m_assembled.window; }
    app::FeatureWiring &features() const { return *m_assembled.features; }
    bool isOpen() const { return m_assembled.window != nullptr; }

private:
    app::AssembledWindow m_assembled;
};

} // namespace leverage::testing

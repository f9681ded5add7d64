#pragma once

#include <memory>

namespace leverage {
class Workspace;
}
namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

class EvidenceWiring;
class FeatureWiring;
class HelpWiring;
class LayoutWiring;
class WelcomeWiring;

// The real main window with every feature, as the program shows it.
struct AssembledWindow
{
    std::unique_ptr<ui::MainWindow> window;
    FeatureWiring *features = nullptr;  // owned by the window
    EvidenceWiring *evidence = nullptr; // owned by the window
    LayoutWiring *layout = nullptr;     // owned by the window
    WelcomeWiring *welcome = nullptr;   // owned by the window
    HelpWiring *help = nullptr;         // owned by the window
};

// The one composition root: start-up, the GUI tests and the window probe all build the window
// here, so what is tested is what runs.
AssembledWindow assembleMainWindow(std::unique_ptr<Workspace> workspace);

} // namespace leverage::app

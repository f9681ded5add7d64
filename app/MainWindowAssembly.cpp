#include "app/MainWindowAssembly.h"

#include "app/EvidenceWiring.h"
#include "app/FeatureWiring.h"
#include "core/store/Workspace.h"
#include "ui/common/DialogSubmitShortcut.h"
#include "ui/window/MainWindow.h"

namespace leverage::app {

AssembledWindow assembleMainWindow(std::unique_ptr<Workspace> workspace)
{
    ui::DialogSubmitShortcut::install();
    AssembledWindow assembled;
    assembled.window = std::make_unique<ui::MainWindow>(std::move(workspace));
    // Before the other features: their wiring restores the saved layout once every dock exists.
    assembled.evidence = new EvidenceWiring(*assembled.window);
    assembled.features = new FeatureWiring(*assembled.window);
    return assembled;
}

} // namespace leverage::app

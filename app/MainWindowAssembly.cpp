#include "app/MainWindowAssembly.h"

#include "app/EvidenceWiring.h"
#include "app/FeatureWiring.h"
#include "app/OutcomesWiring.h"
#include "app/SearchWiring.h"
#include "core/store/Workspace.h"
#include "ui/common/DialogSubmitShortcut.h"
#include "ui/window/MainWindow.h"

namespace leverage::app {

AssembledWindow assembleMainWindow(std::unique_ptr<Workspace> workspace)
{
    ui::DialogSubmitShortcut::install();
    AssembledWindow assembled;
    assembled.window = std::make_unique<ui::MainWindow>(std::move(workspace));
    assembled.features = new FeatureWiring(*assembled.window);
    new SearchWiring(*assembled.window, *assembled.features); // owned by the window
    // After the others: the View menu's Ctrl+1…9 keep the panes they had.
    assembled.evidence = new EvidenceWiring(*assembled.window);
    new OutcomesWiring(*assembled.window); // owned by the window
    return assembled;
}

} // namespace leverage::app

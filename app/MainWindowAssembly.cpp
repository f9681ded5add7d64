#include "app/MainWindowAssembly.h"

#include "app/ActionIcons.h"
#include "app/EvidenceWiring.h"
#include "app/FeatureWiring.h"
#include "app/HelpWiring.h"
#include "app/LayoutWiring.h"
#include "app/OutcomesWiring.h"
#include "app/SavedSearchWiring.h"
#include "app/SearchWiring.h"
#include "app/TeamWiring.h"
#include "app/TimeStampWiring.h"
#include "app/WelcomeWiring.h"
#include "core/store/Workspace.h"
#include "ui/common/DialogSubmitShortcut.h"
#include "ui/common/ImmediateMnemonics.h"
#include "ui/common/MenuMnemonics.h"
#include "ui/window/MainWindow.h"
#include <QMenuBar>

namespace leverage::app {

AssembledWindow assembleMainWindow(std::unique_ptr<Workspace> workspace)
{
    ui::DialogSubmitShortcut::install();
    ui::ImmediateMnemonics::install();
    installFallbackIcons();
    AssembledWindow assembled;
    assembled.window = std::make_unique<ui::MainWindow>(std::move(workspace));
    assembled.features = new FeatureWiring(*assembled.window);
    auto *search = new SearchWiring(*assembled.window, *assembled.features); // the window's
    new SavedSearchWiring(*assembled.window, *search);                       // the window's
    // After the others: the View menu's Ctrl+1…9 keep the panes they had.
    assembled.evidence = new EvidenceWiring(*assembled.window);
    new TimeStampWiring(*assembled.window); // owned by the window
    new OutcomesWiring(*assembled.window);  // owned by the window
    new TeamWiring(*assembled.window);      // owned by the window
    assembled.welcome = new WelcomeWiring(*assembled.window, *assembled.features);
    // Last: every dock exists, so a first start can be laid out calmly.
    assembled.layout =
        new LayoutWiring(*assembled.window, *assembled.features, *assembled.evidence);
    // After every action exists: its icon, and the keys the user gave it.
    assembled.help = new HelpWiring(*assembled.window);
    applyActionIcons(*assembled.window);
    ui::MenuMnemonics::install(*assembled.window->menuBar());
    // While the docks were added to the hidden window, its minimum was for a moment that of
    // all of them one above another, and Qt grew the window to it: 852 pixels on a 768-pixel
    // laptop, the call notes' buttons below the screen. The layout is final now: size it again.
    if (!assembled.window->hasSavedLayout())
        assembled.window->applyDefaultSize();
    return assembled;
}

} // namespace leverage::app

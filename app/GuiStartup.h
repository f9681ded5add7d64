#pragma once

#include <QString>

namespace leverage::app {

struct GuiOptions
{
    QString workspacePath; // empty: the default workspace
    bool demo = false;     // open (creating if absent) the demo workspace
};

// Creates the main window on a running QApplication, wires it to the workspace, and runs the
// event loop. Returns the exit status.
int runGui(const GuiOptions &options);

} // namespace leverage::app

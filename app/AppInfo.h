#pragma once

#include <QString>

namespace leverage::app {

// Names that tie the desktop file, the metainfo, the icon and the settings together.
inline constexpr auto kApplicationId = "io.github.leverage.Leverage";
inline constexpr auto kOrganizationName = "Leverage";
inline constexpr auto kApplicationName = "Leverage";

// Sets the application's names and version on the running Q*Application.
void applyApplicationInfo();

// ~/.local/share/Leverage/Leverage (or the test-mode equivalent): workspaces and logs live here.
QString dataDirectory();
QString defaultWorkspacePath();
QString demoWorkspacePath();

} // namespace leverage::app

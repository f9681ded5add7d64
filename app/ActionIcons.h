#pragma once

namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

// Where QIcon::fromTheme looks when the desktop's icon theme has no such icon (or there is no
// theme at all, as under Xvfb): the icons bundled in resources/icons/fallback. Call before
// the first icon is made.
void installFallbackIcons();

// Gives the window's actions their freedesktop icons, by the actions' object names: one table
// for every feature, so a glance shows which icon stands for what and none is used twice
// for different things.
void applyActionIcons(ui::MainWindow &window);

} // namespace leverage::app

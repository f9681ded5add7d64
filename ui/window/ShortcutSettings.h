#pragma once

#include "ui/window/WindowActions.h"

#include <QKeySequence>
#include <vector>

namespace leverage::ui::shortcuts {

// The keys a command had before the user changed them (Settings → Shortcuts → Default).
QKeySequence defaultOf(const QAction *action);
// Remembers each action's keys as its default, then sets the keys the user chose (kept in
// QSettings under shortcuts/<object name>). Call once every action exists.
void applyStored(const std::vector<WindowAction> &actions);
// Sets `keys` on the action and keeps them for the next start (a default is not stored).
void store(QAction *action, const QKeySequence &keys);

} // namespace leverage::ui::shortcuts

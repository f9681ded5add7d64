#pragma once

#include <QChar>
#include <QString>

class QMenu;
class QMenuBar;

namespace leverage::ui {

// Gives every menu item without an Alt letter a free one when its menu opens. Items are added
// by many wirings (each feature's pane in View, in every language), and one without a letter
// could only be reached with the arrow keys: Clocks, Letters and Attachments were. Letters are
// matched to items so that as many as possible get one, word starts first, never one taken.
class MenuMnemonics final
{
public:
    // Every menu of the bar and their submenus, now and as they open.
    static void install(QMenuBar &bar);
    // The items of this menu that have no Alt letter get a free one.
    static void fill(QMenu &menu);
    // The Alt letter a text gives ("&Ref. no." → 'r'), lower-case; null when none ("&&" is an
    // ampersand).
    static QChar letterOf(const QString &text);
};

} // namespace leverage::ui

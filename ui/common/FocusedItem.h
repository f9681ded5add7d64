#pragma once

#include <QString>
#include <functional>

namespace leverage::ui {

// What the window's Edit (F2) and Delete act on while the keyboard focus is in a pane with
// items of its own (escalation steps, promises …): the pane's current item, named so that a
// confirmation or a status message can say which.
struct FocusedItem
{
    QString name;                 // "the step “Claims supervisor”"; empty: nothing current
    std::function<void()> edit;   // empty: this item is not edited from here
    std::function<void()> remove; // empty: this item is not removed from here

    bool isValid() const { return !name.isEmpty(); }
};

// Implemented by such panes; the window finds the one that holds the focus by walking up from
// the focused widget, so a pane needs no registration.
class FocusedItemSource
{
public:
    virtual ~FocusedItemSource() = default;
    virtual FocusedItem focusedItem() const = 0;
};

} // namespace leverage::ui

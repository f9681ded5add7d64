#pragma once

class QWidget;

namespace leverage::ui {

// Widens each line edit of `form` (or the combo box it belongs to) so that its placeholder —
// the hint saying what goes there — shows whole instead of ending in "…".
void fitPlaceholders(QWidget *form);

} // namespace leverage::ui

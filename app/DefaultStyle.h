#pragma once

namespace leverage::app {

// The same look on every desktop (and in screenshots and tests), unless the user asked for a
// style with -style or QT_STYLE_OVERRIDE. Call after the QApplication exists.
void applyDefaultStyle();

} // namespace leverage::app

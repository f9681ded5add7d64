#pragma once

class QWidget;

namespace leverage::ui {

// Puts a pane's stacked sections in a frameless scroll area, so that a short dock scrolls them
// instead of forcing its whole tab group taller (and squeezing the timeline beside it).
QWidget *scrollingContent(QWidget *content, QWidget *parent);

} // namespace leverage::ui

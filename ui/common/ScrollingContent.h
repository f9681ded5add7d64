#pragma once

#include <QString>

class QWidget;

namespace leverage::ui {

// Puts a pane's stacked sections in a frameless scroll area, so that a short dock scrolls them
// instead of forcing its whole tab group taller (and squeezing the timeline beside it).
// `name` is what a screen reader calls the scrolling area (it takes the focus to scroll).
QWidget *scrollingContent(QWidget *content, const QString &name, QWidget *parent);

} // namespace leverage::ui

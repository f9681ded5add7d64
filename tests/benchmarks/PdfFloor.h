#pragma once

#include <QString>

namespace leverage::bench {

// The floor a dossier is measured against: Qt alone draws `pages` pages of lines like a
// timeline row's (the dossier's font, size and resolution, 60 lines a page, one drawText
// each) to a QPdfWriter writing `path`: what printing costs before any layout of ours.
void drawPdfFloor(const QString &path, int pages);

} // namespace leverage::bench

#pragma once

#include <QString>

namespace leverage::testing {

// Compares the normalised text of `pdfPath` with tests/dossier/golden/`name` line by line (a
// failure names the first line that differs). LEVERAGE_UPDATE_GOLDEN=1 rewrites the file
// after a deliberate change to the layout: review its diff before committing it.
void expectGoldenText(const QString &pdfPath, const QString &name);

} // namespace leverage::testing

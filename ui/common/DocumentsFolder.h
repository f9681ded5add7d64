#pragma once

#include <QString>

namespace leverage::ui {

// Where a file dialog for the user's own documents (an exported dossier, contacts, a calendar)
// starts: the Documents folder, or the home folder on a system without one (a file dialog given
// a missing folder falls back to the process's working directory, which the user never chose).
QString documentsFolder();

} // namespace leverage::ui

#pragma once

#include "core/dossier/DossierData.h"

#include <QStringList>

// An awkward case built by hand, for the tests that read a dossier's text layer back: names
// with "fi", "ff" and "ffi", a note long enough to cross page breaks, Arabic, Hebrew and
// Chinese, e-mail addresses, URLs, reference numbers and emoji.
namespace leverage::testing {

DossierData awkwardCorpus();
// Every word the user typed that the dossier prints (split at white space), each once.
QStringList storedWords(const DossierData &data);
// The lines of the long note, each unique, to find a line printed twice.
QStringList longNoteLines();

} // namespace leverage::testing

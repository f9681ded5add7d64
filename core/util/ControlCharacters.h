#pragma once

#include <QString>

// Control characters from outside input (a vCard, a pasted file) must neither reach a terminal
// raw nor be stored: an ESC sequence in a name can recolour or rewrite a terminal, a CR hide
// the start of a line, a NUL cut a string short in another program.
namespace leverage::controlchars {

// For messages that quote outside text: each control character shown as \xNN (ESC as "\x1B").
QString escape(const QString &text);
// For text to store: terminal escape sequences and control characters removed. A multi-line
// field (notes) keeps its line breaks (CR LF and CR become LF); tabs become spaces.
QString strip(const QString &text, bool multiLine);

} // namespace leverage::controlchars

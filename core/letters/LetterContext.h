#pragma once

#include "core/letters/LetterFacts.h"

#include <mstch/mstch.hpp>

namespace leverage {

// The facts as a Mustache context: the names a template may use (see the README's
// "Letters" and resources/letters/*.mustache). Lists have a has<List> flag beside them for
// a heading printed once; the tone is three flags (courteous, firm, final).
mstch::map letterContext(const LetterFacts &facts);

// Dates as letters print them: "14 December 2026" (English, as the shipped templates are).
QString letterDate(const QDate &date);

} // namespace leverage

#pragma once

#include "core/util/Result.h"

#include <QStringList>
#include <mstch/mstch.hpp>

namespace leverage {

// Reads a Mustache template the way mstch will, before it renders: mstch prints nothing for
// a field it does not know and guesses at a section left open, so a typo would make half a
// letter. Refused, each with the line: a tag left open, a section closed by another name or
// never closed, a field not in `fields` (looked up from the innermost section outwards, as
// Mustache does), a partial not in `partials`, and the tags that would print the user's text
// unescaped ({{{…}}} and {{&…}}) or change the delimiters.
class LetterTemplateCheck final
{
public:
    static Status check(const QString &templateName, const QString &text, const mstch::map &fields,
                        const QStringList &partials);
};

} // namespace leverage

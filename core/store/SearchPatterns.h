#pragma once

#include <QString>

namespace leverage::searchpatterns {

// Text helpers both search builders (SearchSqlBuilder, ServerSearchSqlBuilder) share.

inline bool hasDigit(const QString &text)
{
    for (const QChar c : text)
        if (c.isDigit())
            return true;
    return false;
}

// A LIKE pattern matching text anywhere, with LIKE's own characters escaped (ESCAPE '\').
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// Reference numbers are indexed without dashes and spaces too, and searched so.
inline QString withoutDashesAndSpaces(QString text)
{
    return text.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
}

} // namespace leverage::searchpatterns

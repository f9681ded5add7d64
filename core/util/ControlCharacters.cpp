#include "core/util/ControlCharacters.h"

#include <QRegularExpression>

namespace leverage::controlchars {
namespace {

// C0, DEL and C1 (C1 0x9B is a one-character CSI on some terminals).
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            out +=
                QLatin1String("\\x") +
                QString::number(int(c.unicode()), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString strip(const QString &text, bool multiLine)
{
    // Whole escape sequences first, so "ESC[31m" leaves nothing behind rather than "[31m":
    // CSI (ESC [ … final byte) and OSC (ESC ] … BEL or ESC \), then any other ESC + one char.
    static const QRegularExpression sequences(QStringLiteral(
        "\\x1B\\[[0-?]*[ -/]*[@-~]|\\x1B\\][^\\x07\\x1B]*(?:\\x07|\\x1B\\\\)?|\\x1B.?|\\x9B[0-?]*[ "
        "-/]*[@-~]"));
    QString cleaned = text;
    cleaned.remove(sequences);
    cleaned.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString out;
    out.reserve(cleaned.size());
    for (const QChar c : cleaned) {
        const char16_t u = c.unicode();
        if (u == '\t')
            out += QLatin1Char(' ');
        else if ((u == '\n' || u == '\r') && multiLine)
            out += QLatin1Char('\n');
        else if ((u == '\n' || u == '\r'))
            out += QLatin1Char(' ');
        else if (!isControl(u))
            out += c;
    }
    return out;
}

} // namespace leverage::controlchars

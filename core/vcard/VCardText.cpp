#include "core/vcard/VCardText.h"

namespace leverage::vcardtext {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i; // CRLF is one line break
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == QLatin1Char('n') || next == QLatin1Char('N'))
            out += QLatin1Char('\n');
        else
            out += next;
    }
    return out;
}

QStringList splitStructured(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(unescape(current));
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescape(current));
    return parts;
}

QStringList splitName(const QString &name)
{
    const auto words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {QString(), QString()};
    return {words.last(), QStringList(words.mid(0, words.size() - 1)).join(QLatin1Char(' '))};
}

QByteArray fold(const QByteArray &line)
{
    constexpr int kMaxOctets = 75;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        // A continuation line spends one octet on its leading space.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        qsizetype end = qMin(start + room, line.size());
        // Never cut inside a UTF-8 sequence: back up while the next byte is a continuation.
        while (end < line.size() && end > start + 1 &&
               (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
    return out;
}

bool decodeQuotedPrintable(const QByteArray &encoded, QByteArray *decoded)
{
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    decoded->clear();
    decoded->reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            decoded->append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return false;
        const int high = hex(encoded.at(i + 1));
        const int low = hex(encoded.at(i + 2));
        if (high < 0 || low < 0)
            return false;
        decoded->append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return true;
}

} // namespace leverage::vcardtext

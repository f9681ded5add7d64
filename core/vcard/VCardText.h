#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The text rules of RFC 6350 shared by the reader and the writer.
namespace leverage::vcardtext {

// Escapes backslash, comma, semicolon and newlines of one text value (section 3.4).
QString escape(const QString &text);
// Undoes escape(); an unknown escape keeps the character after the backslash.
QString unescape(const QString &text);
// Splits a structured value (N, ORG) on unescaped semicolons, or a list (CATEGORIES) on
// unescaped commas, and unescapes each part.
QStringList splitStructured(const QString &value, QChar separator = QLatin1Char(';'));
// "Ada Lovelace" → {"Lovelace", "Ada"}: the family and given name a card's N gets when only
// the whole name is known (the last word is taken as the family name).
QStringList splitName(const QString &name);
// Folds one content line (UTF-8, no line ending) to lines of at most 75 octets, never inside
// a UTF-8 sequence; each line ends with CRLF and continuation lines begin with a space.
QByteArray fold(const QByteArray &line);
// Decodes quoted-printable (vCard 2.1): "=XX" bytes, soft line breaks already joined.
// Returns false on a malformed "=" sequence.
bool decodeQuotedPrintable(const QByteArray &encoded, QByteArray *decoded);

} // namespace leverage::vcardtext

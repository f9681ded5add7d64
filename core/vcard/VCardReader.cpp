#include "core/vcard/VCardReader.h"

#include "core/util/ControlCharacters.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"
#include "core/vcard/ContactCardBuilder.h"
#include "core/vcard/VCardText.h"

#include <QFile>
#include <QStringDecoder>
#include <algorithm>

namespace leverage {
namespace {

bool isQuotedPrintable(const QByteArray &logicalText)
{
    const auto colon = logicalText.indexOf(':');
    const auto head = colon < 0 ? logicalText : logicalText.left(colon);
    return head.toUpper().contains("QUOTED-PRINTABLE");
}

bool isNameChar(QChar c)
{
    return c.unicode() < 128 &&
           (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
}

// Pictures, sounds and keys: binary, possibly large, and nothing a contact here keeps.
bool isBinaryProperty(const QString &name)
{
    return name == QLatin1String("PHOTO") || name == QLatin1String("LOGO") ||
           name == QLatin1String("SOUND") || name == QLatin1String("KEY");
}

} // namespace

Error VCardReader::fail(int line, const QString &what)
{
    m_errorLine = line;
    logging::get("import")->warn("vCard refused at line {}", line);
    return Error{Error::Code::Invalid, tr("Line %1: %2").arg(line).arg(what)};
}

Result<QList<ContactCard>> VCardReader::readFile(const QString &path)
{
    m_errorLine = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        logging::get("import")->warn("cannot open vCard file: {}",
                                     file.errorString().toStdString());
        return Error{Error::Code::Io, tr("The file \"%1\" could not be opened: %2.")
                                          .arg(controlchars::escape(path), file.errorString())};
    }
    if (file.size() > kMaxFileBytes)
        return Error{Error::Code::Invalid,
                     tr("The file is larger than 20 MiB; that is too large for a contacts file.")};
    return read(file.readAll());
}

Result<QList<ContactCard>> VCardReader::read(const QByteArray &bytes)
{
    m_errorLine = 0;
    if (bytes.size() > kMaxFileBytes)
        return Error{Error::Code::Invalid,
                     tr("The file is larger than 20 MiB; that is too large for a contacts file.")};
    const auto logical = unfold(bytes);

    QList<ContactCard> cards;
    QList<VCardProperty> properties;
    int beginLine = 0; // 0: outside a card
    for (const auto &line : logical) {
        auto property = parse(line);
        if (!property)
            return property.error();
        const bool isBegin = property->name == QLatin1String("BEGIN");
        const bool isEnd = property->name == QLatin1String("END");
        if ((isBegin || isEnd) &&
            property->value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
            return fail(line.line, tr("only vCards can be read here, not \"%1\".")
                                       .arg(controlchars::escape(property->value.trimmed())));
        if (isBegin) {
            if (beginLine > 0)
                return fail(line.line, tr("a new card begins here, but the card that begins on "
                                          "line %1 has no END:VCARD.")
                                           .arg(beginLine));
            beginLine = line.line;
            properties.clear();
        } else if (isEnd) {
            if (beginLine == 0)
                return fail(line.line, tr("END:VCARD without a BEGIN:VCARD before it."));
            ContactCardBuilder builder;
            auto card = builder.build(properties, beginLine);
            if (!card) {
                m_errorLine = builder.errorLine();
                return card.error();
            }
            cards.append(*card);
            beginLine = 0;
        } else if (beginLine == 0) {
            return fail(line.line, tr("this text is outside any card (BEGIN:VCARD expected)."));
        } else {
            properties.append(*property);
        }
    }
    if (beginLine > 0)
        return fail(beginLine, tr("the card that begins on this line is not finished "
                                  "(END:VCARD missing at the end of the file)."));
    logging::get("import")->info("vCard read: {} cards", cards.size());
    return cards;
}

QList<VCardReader::LogicalLine> VCardReader::unfold(const QByteArray &bytes)
{
    QList<LogicalLine> lines;
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3; // a UTF-8 byte order mark
    int number = 0;
    bool softBreak = false; // the last line ended in a quoted-printable "="
    while (start < bytes.size()) {
        auto end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(start, end - start);
        if (physical.endsWith('\r'))
            physical.chop(1);
        start = end + 1;
        ++number;

        if (softBreak && !lines.isEmpty()) {
            lines.last().text.chop(1); // the "="
            lines.last().text += physical;
        } else if ((physical.startsWith(' ') || physical.startsWith('\t')) && !lines.isEmpty()) {
            lines.last().text += physical.mid(1);
        } else if (physical.trimmed().isEmpty()) {
            softBreak = false;
            continue;
        } else {
            lines.append({physical, number});
        }
        auto &current = lines.last();
        softBreak = current.text.endsWith('=') && isQuotedPrintable(current.text);
    }
    return lines;
}

Result<VCardProperty> VCardReader::parse(const LogicalLine &logical)
{
    const QByteArray &text = logical.text;
    // The value starts at the first colon outside a quoted parameter value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '"')
            quoted = !quoted;
        else if (text.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return fail(logical.line, tr("this line is not a vCard property (\"NAME:value\")."));

    const QString head = QString::fromLatin1(text.left(colon));
    QStringList parts;
    QString current;
    quoted = false;
    for (const QChar c : head) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(';') && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);

    VCardProperty property;
    property.line = logical.line;
    QString name = parts.takeFirst().trimmed();
    if (const auto dot = name.indexOf(QLatin1Char('.')); dot >= 0) {
        property.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    if (property.name.isEmpty() || !std::all_of(name.cbegin(), name.cend(), isNameChar))
        return fail(logical.line,
                    tr("\"%1\" is not a vCard property name.").arg(controlchars::escape(name)));

    for (const auto &part : parts) {
        const auto equals = part.indexOf(QLatin1Char('='));
        QString key;
        QString value;
        if (equals < 0) {
            // vCard 2.1 writes bare parameters: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE".
            value = part.trimmed();
            const auto upper = value.toUpper();
            key = (upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64") ||
                   upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT"))
                      ? QStringLiteral("ENCODING")
                      : QStringLiteral("TYPE");
        } else {
            key = part.left(equals).trimmed().toUpper();
            value = part.mid(equals + 1).trimmed();
        }
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
            value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        property.parameters.append({key, value});
    }

    QByteArray raw = text.mid(colon + 1);
    const auto encodings = property.parameterValues(QStringLiteral("ENCODING"));
    if (isBinaryProperty(property.name) || encodings.contains(QLatin1String("b")) ||
        encodings.contains(QLatin1String("base64")))
        return property; // binary: not a field we keep, so left undecoded and unmeasured
    if (raw.size() > kMaxFieldBytes)
        return fail(logical.line, tr("this field is longer than 64 KiB; a contacts file has no "
                                     "fields that long."));
    if (encodings.contains(QLatin1String("quoted-printable"))) {
        QByteArray decoded;
        if (!vcardtext::decodeQuotedPrintable(raw, &decoded))
            return fail(logical.line, tr("the quoted-printable text here is damaged (\"=\" must "
                                         "be followed by two hexadecimal digits)."));
        raw = decoded.replace("\r\n", "\n");
    }
    const auto charsets = property.parameterValues(QStringLiteral("CHARSET"));
    const QString charset = charsets.isEmpty() ? QStringLiteral("utf-8") : charsets.first();
    if (charset == QLatin1String("utf-8") || charset == QLatin1String("utf8")) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        property.value = decoder(raw);
        if (decoder.hasError())
            return fail(logical.line, tr("the text here is not valid UTF-8. Save the file as "
                                         "UTF-8 and import it again."));
    } else if (charset == QLatin1String("iso-8859-1") || charset == QLatin1String("latin1") ||
               charset == QLatin1String("us-ascii") || charset == QLatin1String("windows-1252")) {
        // windows-1252 differs from Latin-1 only in a few punctuation marks.
        property.value = QString::fromLatin1(raw);
    } else {
        return fail(logical.line,
                    tr("the character set \"%1\" is not supported; save the file as UTF-8.")
                        .arg(controlchars::escape(charset)));
    }
    return property;
}

} // namespace leverage

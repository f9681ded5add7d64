#include "core/vcard/VCardWriter.h"

#include "core/vcard/VCardText.h"

namespace leverage {
namespace {

// "Ada Lovelace" → family "Lovelace", given "Ada": the structured N that 4.0 readers
// expect. FN stays the name as the user typed it; a reader of ours prefers FN.
QString structuredName(const QString &name)
{
    const auto words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral(";;;;");
    const QString family = words.last();
    const QString given = words.size() > 1
                              ? QStringList(words.mid(0, words.size() - 1)).join(QLatin1Char(' '))
                              : QString();
    return vcardtext::escape(family) + QLatin1Char(';') + vcardtext::escape(given) +
           QLatin1String(";;;");
}

void addLine(QByteArray &out, const QString &line)
{
    out += vcardtext::fold(line.toUtf8());
}

void addText(QByteArray &out, const QString &nameAndParameters, const QString &value)
{
    if (value.isEmpty())
        return;
    addLine(out, nameAndParameters + QLatin1Char(':') + vcardtext::escape(value));
}

} // namespace

QByteArray VCardWriter::write(const ContactCard &card)
{
    const Contact &c = card.contact;
    QByteArray out;
    addLine(out, QStringLiteral("BEGIN:VCARD"));
    addLine(out, QStringLiteral("VERSION:4.0"));
    addLine(out, QStringLiteral("PRODID:-//Leverage//Leverage " LEVERAGE_VERSION "//EN"));
    addLine(out, QStringLiteral("FN:") + vcardtext::escape(c.name));
    addLine(out, QStringLiteral("N:") + structuredName(c.name));
    if (!card.organizationName.isEmpty() || !c.department.isEmpty()) {
        QString org = vcardtext::escape(card.organizationName);
        if (!c.department.isEmpty())
            org += QLatin1Char(';') + vcardtext::escape(c.department);
        addLine(out, QStringLiteral("ORG:") + org);
    }
    addText(out, QStringLiteral("TITLE"), c.position);
    addText(out, QStringLiteral("TEL;VALUE=text;TYPE=work,voice"), c.directLine);
    addText(out, QStringLiteral("EMAIL;TYPE=work"), c.email);
    addText(out, QStringLiteral("NOTE"), c.notes);
    if (!c.meta.uuid.isEmpty())
        addLine(out, QStringLiteral("UID:urn:uuid:") + c.meta.uuid);
    if (c.isGateway)
        addLine(out, QStringLiteral("X-LEVERAGE-GATEWAY:TRUE"));
    if (!card.supervisorUid.isEmpty())
        addLine(out, QStringLiteral("X-LEVERAGE-SUPERVISOR:urn:uuid:") + card.supervisorUid);
    addText(out, QStringLiteral("X-LEVERAGE-RULES"), c.rulesOfEngagement);
    addText(out, QStringLiteral("X-LEVERAGE-EXTENSION"), c.extension);
    addText(out, QStringLiteral("X-LEVERAGE-BEST-TIME"), c.bestTime);
    addText(out, QStringLiteral("X-LEVERAGE-PREFERRED-CHANNEL"), c.preferredChannel);
    addLine(out, QStringLiteral("END:VCARD"));
    return out;
}

QByteArray VCardWriter::write(const QList<ContactCard> &cards)
{
    QByteArray out;
    for (const auto &card : cards)
        out += write(card);
    return out;
}

} // namespace leverage

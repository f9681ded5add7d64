#include "core/vcard/VCardWriter.h"

#include "core/vcard/VCardText.h"

#include <QRegularExpression>
#include <algorithm>

namespace leverage {
namespace {

// "Ada Lovelace" → family "Lovelace", given "Ada": the structured N that 4.0 readers
// expect. FN stays the name as the user typed it; a reader of ours prefers FN.
QString structuredName(const QString &name)
{
    const auto parts = vcardtext::splitName(name);
    return vcardtext::escape(parts.at(0)) + QLatin1Char(';') + vcardtext::escape(parts.at(1)) +
           QLatin1String(";;;");
}

// N from the stored parts when the card gave them, else derived from the name.
QString structuredName(const Contact &c)
{
    const QStringList parts{c.familyName, c.givenName, c.additionalNames, c.honorificPrefix,
                            c.honorificSuffix};
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty(); }))
        return structuredName(c.name);
    QStringList escaped;
    for (const auto &part : parts)
        escaped << vcardtext::escape(part);
    return escaped.join(QLatin1Char(';'));
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

// A property with a kind: as TYPE when the kind is made of plain words ("cell", "home,fax"),
// else as Apple's label on a group ("item1.X-ABLabel:main office"), which readers that know
// no such TYPE still show. `extra` are further TYPE values ("voice").
class KindedWriter
{
public:
    explicit KindedWriter(QByteArray &out) : m_out(out) {}

    void add(const QString &name, const QString &kind, const QStringList &extra,
             const QString &parameters, const QString &value)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*$"));
        QString head = name + parameters;
        QStringList types;
        if (!kind.isEmpty() && plain.match(kind).hasMatch())
            types << kind.split(QLatin1Char(','));
        for (const auto &type : extra)
            if (!types.contains(type))
                types << type;
        if (!types.isEmpty())
            head += QStringLiteral(";TYPE=") + types.join(QLatin1Char(','));
        if (!kind.isEmpty() && !plain.match(kind).hasMatch()) {
            const QString group = QStringLiteral("item%1").arg(++m_groups);
            addLine(m_out, group + QLatin1Char('.') + head + QLatin1Char(':') + value);
            addLine(m_out, group + QStringLiteral(".X-ABLabel:") + vcardtext::escape(kind));
            return;
        }
        addLine(m_out, head + QLatin1Char(':') + value);
    }

private:
    QByteArray &m_out;
    int m_groups = 0;
};

QString numberWithExtension(const ContactPhone &phone)
{
    return phone.extension.isEmpty() ? phone.number
                                     : phone.number + QStringLiteral(" ext. ") + phone.extension;
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
    addLine(out, QStringLiteral("N:") + structuredName(c));
    if (!card.organizationName.isEmpty() || !c.department.isEmpty()) {
        QString org = vcardtext::escape(card.organizationName);
        if (!c.department.isEmpty())
            org += QLatin1Char(';') + vcardtext::escape(c.department);
        addLine(out, QStringLiteral("ORG:") + org);
    }
    addText(out, QStringLiteral("TITLE"), c.position);
    KindedWriter kinded(out);
    const auto text = [](const QString &value) { return vcardtext::escape(value); };
    const QString textValue = QStringLiteral(";VALUE=text");
    if (!c.directLine.isEmpty())
        kinded.add(QStringLiteral("TEL"),
                   c.directLineKind.isEmpty() ? QStringLiteral("work") : c.directLineKind,
                   {QStringLiteral("voice")}, textValue + QStringLiteral(";PREF=1"),
                   text(c.directLine));
    for (const auto &phone : c.otherPhones)
        if (!phone.number.isEmpty())
            kinded.add(QStringLiteral("TEL"), phone.kind, {}, textValue,
                       text(numberWithExtension(phone)));
    if (!c.email.isEmpty())
        kinded.add(QStringLiteral("EMAIL"),
                   c.emailKind.isEmpty() ? QStringLiteral("work") : c.emailKind, {},
                   QStringLiteral(";PREF=1"), text(c.email));
    for (const auto &email : c.otherEmails)
        if (!email.address.isEmpty())
            kinded.add(QStringLiteral("EMAIL"), email.kind, {}, {}, text(email.address));
    for (const auto &a : c.addresses) {
        QStringList parts;
        for (const auto *part :
             {&a.poBox, &a.extended, &a.street, &a.locality, &a.region, &a.postalCode, &a.country})
            parts << text(*part);
        kinded.add(QStringLiteral("ADR"), a.kind, {}, {}, parts.join(QLatin1Char(';')));
    }
    for (const auto &url : c.urls)
        addLine(out, QStringLiteral("URL:") + url); // a URI, not escaped text
    if (!c.categories.isEmpty()) {
        QStringList categories;
        for (const auto &category : c.categories)
            categories << text(category);
        addLine(out, QStringLiteral("CATEGORIES:") + categories.join(QLatin1Char(',')));
    }
    addText(out, QStringLiteral("NOTE"), c.notes);
    if (!c.meta.uuid.isEmpty())
        addLine(out, QStringLiteral("UID:urn:uuid:") + c.meta.uuid);
    if (c.isGateway)
        addLine(out, QStringLiteral("X-LEVERAGE-GATEWAY:TRUE"));
    if (!card.supervisorUid.isEmpty())
        addLine(out, QStringLiteral("X-LEVERAGE-SUPERVISOR:urn:uuid:") + card.supervisorUid);
    addText(out, QStringLiteral("X-LEVERAGE-RULES"), c.rulesOfEngagement);
    // Always with a direct line, even empty: it tells our reader that an "ext." in the number
    // was typed there, not split off by another program.
    if (!c.extension.isEmpty() || !c.directLine.isEmpty())
        addLine(out, QStringLiteral("X-LEVERAGE-EXTENSION:") + vcardtext::escape(c.extension));
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

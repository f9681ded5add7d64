#include "core/vcard/ContactCardBuilder.h"

#include "core/util/ControlCharacters.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"
#include "core/vcard/VCardText.h"

#include <QHash>
#include <QRegularExpression>

namespace leverage {
namespace {

QString text(const VCardProperty &p)
{
    return vcardtext::unescape(p.value).trimmed();
}

QString stripUrnUuid(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        value = value.mid(9);
    return value;
}

// Properties that describe the card rather than the person: nothing of the person is lost.
bool isAboutTheCard(const QString &name)
{
    static const QStringList names{
        QStringLiteral("PRODID"),       QStringLiteral("REV"),         QStringLiteral("KIND"),
        QStringLiteral("CLIENTPIDMAP"), QStringLiteral("SORT-STRING"), QStringLiteral("NAME"),
        QStringLiteral("SOURCE"),       QStringLiteral("X-ABLABEL"),   QStringLiteral("X-ABUID")};
    return names.contains(name);
}

// Apple writes a kind as a label on the property's group: "item1.X-ABLabel:_$!<Mobile>!$_".
QHash<QString, QString> labelsByGroup(const QList<VCardProperty> &properties)
{
    QHash<QString, QString> labels;
    for (const auto &p : properties) {
        if (p.name != QLatin1String("X-ABLABEL") || p.group.isEmpty())
            continue;
        QString label = text(p);
        if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_")))
            label = label.mid(4, label.size() - 8);
        labels.insert(p.group.toLower(), label.toLower());
    }
    return labels;
}

// "work", "cell", "home,fax": the TYPE values that say something, or the group's label.
QString kindOf(const VCardProperty &p, const QHash<QString, QString> &labels)
{
    if (const auto label = labels.value(p.group.toLower()); !label.isEmpty())
        return label;
    QStringList kinds;
    for (const auto &type : p.parameterValues(QStringLiteral("TYPE")))
        if (type != QLatin1String("voice") && type != QLatin1String("pref") &&
            type != QLatin1String("internet") && !kinds.contains(type))
            kinds << type;
    return kinds.join(QLatin1Char(','));
}

bool isPreferred(const VCardProperty &p)
{
    return p.parameterValues(QStringLiteral("TYPE")).contains(QLatin1String("pref")) ||
           !p.parameterValues(QStringLiteral("PREF")).isEmpty();
}

// The index of the property a single field comes from: the one marked preferred, else the
// first whose TYPE names one of `kinds` (in that order), else the first.
qsizetype pickMain(const QList<const VCardProperty *> &candidates, const QStringList &kinds)
{
    for (qsizetype i = 0; i < candidates.size(); ++i)
        if (isPreferred(*candidates[i]))
            return i;
    for (const auto &type : kinds)
        for (qsizetype i = 0; i < candidates.size(); ++i)
            if (candidates[i]->parameterValues(QStringLiteral("TYPE")).contains(type))
                return i;
    return candidates.isEmpty() ? -1 : 0;
}

// The main phone and e-mail are "work" unless said otherwise: stored as empty.
QString mainKind(const QString &kind)
{
    return kind == QLatin1String("work") ? QString() : kind;
}

// Han, kana and hangul names are written family name first, without a space.
bool isEastAsian(const QString &name)
{
    for (const QChar c : name) {
        const auto script = c.script();
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana || script == QChar::Script_Hangul)
            return true;
    }
    return false;
}

QString nameFromParts(const Contact &c)
{
    if (isEastAsian(c.familyName + c.givenName))
        return (c.familyName + c.givenName).trimmed();
    QStringList words;
    for (const auto *part :
         {&c.honorificPrefix, &c.givenName, &c.additionalNames, &c.familyName, &c.honorificSuffix})
        if (!part->isEmpty())
            words << *part;
    return words.join(QLatin1Char(' '));
}

// Every stored field free of control characters; only notes and rules keep line breaks.
void stripControls(ContactCard &card)
{
    Contact &c = card.contact;
    auto line = [](QString &field) { field = controlchars::strip(field, false).trimmed(); };
    for (QString *field :
         {&c.name, &c.honorificPrefix, &c.givenName, &c.additionalNames, &c.familyName,
          &c.honorificSuffix, &c.position, &c.department, &c.directLine, &c.directLineKind,
          &c.extension, &c.email, &c.emailKind, &c.preferredChannel, &c.bestTime, &c.meta.uuid,
          &card.organizationName, &card.supervisorUid})
        line(*field);
    for (auto &phone : c.otherPhones)
        for (QString *field : {&phone.kind, &phone.number, &phone.extension})
            line(*field);
    for (auto &email : c.otherEmails)
        for (QString *field : {&email.kind, &email.address})
            line(*field);
    for (auto &address : c.addresses)
        for (QString *field :
             {&address.kind, &address.poBox, &address.extended, &address.street, &address.locality,
              &address.region, &address.postalCode, &address.country})
            line(*field);
    for (auto *list : {&c.urls, &c.categories})
        for (auto &item : *list)
            line(item);
    c.notes = controlchars::strip(c.notes, true);
    c.rulesOfEngagement = controlchars::strip(c.rulesOfEngagement, true);
}

} // namespace

Error ContactCardBuilder::fail(int line, const QString &what)
{
    m_errorLine = line;
    logging::get("import")->warn("vCard refused at line {}", line);
    return Error{Error::Code::Invalid, tr("Line %1: %2").arg(line).arg(what)};
}

void ContactCardBuilder::splitExtension(const QString &raw, QString *number, QString *extension)
{
    QString value = raw.trimmed();
    extension->clear();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        value = value.mid(4);
    // A tel: URI's parameters: ";ext=102" is the extension; the others are not numbers.
    static const QRegularExpression uriExtension(QStringLiteral(";\\s*ext\\s*=\\s*([^;]*)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (const auto match = uriExtension.match(value); match.hasMatch())
        *extension = match.captured(1).trimmed();
    if (const auto semicolon = value.indexOf(QLatin1Char(';')); semicolon >= 0)
        value = value.left(semicolon);
    // Written out: "… ext. 4471", "… extension 12", "… x102", "… #55".
    static const QRegularExpression textExtension(
        QStringLiteral("^(.*[0-9)])[\\s,]*(?:ext(?:ension)?\\.?|x|#)\\s*[:.=]?\\s*([0-9]{1,8})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = textExtension.match(value.trimmed()); match.hasMatch()) {
        value = match.captured(1);
        if (extension->isEmpty())
            *extension = match.captured(2);
    }
    *number = value.trimmed();
}

Result<ContactCard> ContactCardBuilder::build(const QList<VCardProperty> &properties, int beginLine)
{
    ContactCard card;
    card.line = beginLine;
    Contact &c = card.contact;
    const auto labels = labelsByGroup(properties);
    QString role;
    QList<const VCardProperty *> phones;
    QList<const VCardProperty *> emails;
    QStringList notes;
    bool hasAddress = false;
    bool extensionGiven = false; // Leverage's own card: its direct line is kept as it is
    bool hasLabel = false;
    auto notStored = [&card](const QString &name) {
        if (!card.notStored.contains(name))
            card.notStored << name;
    };
    for (const auto &p : properties) {
        const QString &n = p.name;
        if (n == QLatin1String("VERSION")) {
            const auto version = p.value.trimmed();
            if (version != QLatin1String("2.1") && version != QLatin1String("3.0") &&
                version != QLatin1String("4.0"))
                return fail(p.line, tr("vCard version \"%1\" is not supported (2.1, 3.0 and "
                                       "4.0 are).")
                                        .arg(controlchars::escape(version)));
        } else if (n == QLatin1String("FN")) {
            if (c.name.isEmpty())
                c.name = text(p);
            else if (text(p) != c.name)
                notStored(n); // a second form of the name (another language or script)
        } else if (n == QLatin1String("N")) {
            const auto parts = vcardtext::splitStructured(p.value);
            QString *fields[] = {&c.familyName, &c.givenName, &c.additionalNames,
                                 &c.honorificPrefix, &c.honorificSuffix};
            for (qsizetype i = 0; i < 5 && i < parts.size(); ++i)
                *fields[i] = parts.at(i).trimmed();
        } else if (n == QLatin1String("ORG")) {
            if (!card.organizationName.isEmpty()) {
                notStored(n);
                continue;
            }
            auto parts = vcardtext::splitStructured(p.value);
            card.organizationName = parts.takeFirst().trimmed();
            parts.removeAll(QString());
            c.department = parts.join(QLatin1String(", ")).trimmed();
        } else if (n == QLatin1String("TITLE")) {
            if (c.position.isEmpty())
                c.position = text(p);
            else
                notStored(n);
        } else if (n == QLatin1String("ROLE")) {
            role = text(p);
        } else if (n == QLatin1String("TEL")) {
            if (!text(p).isEmpty())
                phones.append(&p);
        } else if (n == QLatin1String("EMAIL")) {
            if (!text(p).isEmpty())
                emails.append(&p);
        } else if (n == QLatin1String("ADR")) {
            const auto parts = vcardtext::splitStructured(p.value);
            PostalAddress address;
            address.kind = kindOf(p, labels);
            QString *fields[] = {&address.poBox,    &address.extended, &address.street,
                                 &address.locality, &address.region,   &address.postalCode,
                                 &address.country};
            for (qsizetype i = 0; i < 7 && i < parts.size(); ++i)
                *fields[i] = parts.at(i).trimmed();
            if (!address.isEmpty())
                c.addresses.append(address);
            hasAddress = true;
        } else if (n == QLatin1String("LABEL")) {
            hasLabel = true; // vCard 3.0's printed form of an ADR
        } else if (n == QLatin1String("URL")) {
            if (const auto url = text(p); !url.isEmpty() && !c.urls.contains(url))
                c.urls << url;
        } else if (n == QLatin1String("CATEGORIES")) {
            for (const auto &category : vcardtext::splitStructured(p.value, QLatin1Char(',')))
                if (!category.trimmed().isEmpty() && !c.categories.contains(category.trimmed()))
                    c.categories << category.trimmed();
        } else if (n == QLatin1String("NOTE")) {
            notes.append(vcardtext::unescape(p.value));
        } else if (n == QLatin1String("UID")) {
            c.meta.uuid = stripUrnUuid(vcardtext::unescape(p.value));
        } else if (n == QLatin1String("X-LEVERAGE-GATEWAY")) {
            const auto v = p.value.trimmed().toLower();
            c.isGateway =
                v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
        } else if (n == QLatin1String("X-LEVERAGE-SUPERVISOR")) {
            card.supervisorUid = stripUrnUuid(vcardtext::unescape(p.value));
        } else if (n == QLatin1String("X-LEVERAGE-RULES")) {
            c.rulesOfEngagement = vcardtext::unescape(p.value);
        } else if (n == QLatin1String("X-LEVERAGE-EXTENSION")) {
            c.extension = vcardtext::unescape(p.value);
            extensionGiven = true;
        } else if (n == QLatin1String("X-LEVERAGE-BEST-TIME")) {
            c.bestTime = vcardtext::unescape(p.value);
        } else if (n == QLatin1String("X-LEVERAGE-PREFERRED-CHANNEL")) {
            c.preferredChannel = vcardtext::unescape(p.value);
        } else if (!isAboutTheCard(n)) {
            notStored(n); // PHOTO, BDAY, NICKNAME, IMPP, X-… of other programs
        }
    }
    if (hasLabel && !hasAddress)
        notStored(QStringLiteral("LABEL"));
    if (c.name.isEmpty())
        c.name = nameFromParts(c);
    // Parts that only repeat the name split the usual way (as our writer derives N) say
    // nothing more: kept empty, so a contact exported and imported again is the same.
    const auto derived = vcardtext::splitName(c.name);
    if (c.familyName == derived.at(0) && c.givenName == derived.at(1) &&
        c.additionalNames.isEmpty() && c.honorificPrefix.isEmpty() && c.honorificSuffix.isEmpty()) {
        c.familyName.clear();
        c.givenName.clear();
    }
    if (c.name.isEmpty())
        return fail(beginLine, tr("the card that begins on this line has no name (FN or N)."));
    if (c.position.isEmpty())
        c.position = role;
    else if (!role.isEmpty() && role != c.position)
        notStored(QStringLiteral("ROLE"));

    // The direct line is the work (else mobile) number; a fax never is. The rest are kept too.
    QList<const VCardProperty *> callable;
    for (const auto *p : phones)
        if (!p->parameterValues(QStringLiteral("TYPE")).contains(QLatin1String("fax")))
            callable << p;
    const auto *mainPhone = callable.value(
        pickMain(callable, {QStringLiteral("work"), QStringLiteral("cell")}), nullptr);
    for (const auto *p : phones) {
        QString number;
        QString extension;
        splitExtension(text(*p), &number, &extension);
        if (p == mainPhone) {
            c.directLine = extensionGiven ? text(*p) : number;
            c.directLineKind = mainKind(kindOf(*p, labels));
            if (!extensionGiven)
                c.extension = extension;
        } else {
            c.otherPhones.append({kindOf(*p, labels), number, extension});
        }
    }
    const auto mainEmail = pickMain(emails, {QStringLiteral("work"), QStringLiteral("internet")});
    for (qsizetype i = 0; i < emails.size(); ++i) {
        if (i == mainEmail) {
            c.email = text(*emails[i]);
            c.emailKind = mainKind(kindOf(*emails[i], labels));
        } else {
            c.otherEmails.append({kindOf(*emails[i], labels), text(*emails[i])});
        }
    }
    c.notes = notes.join(QLatin1String("\n\n"));
    stripControls(card);
    return card;
}

} // namespace leverage

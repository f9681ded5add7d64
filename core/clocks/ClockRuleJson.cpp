#include "core/clocks/ClockRuleJson.h"

#include "core/clocks/ClockVocabulary.h"
#include "core/util/Translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace leverage::clocks {
namespace {

struct Keyed
{
    const char *key;
    int value;
};
constexpr Keyed kConfidence[] = {{"confirmed", int(ClockRule::Confidence::Confirmed)},
                                 {"unconfirmed", int(ClockRule::Confidence::Unconfirmed)}};
constexpr Keyed kKinds[] = {{"opens", int(ClockRule::Kind::Opens)},
                            {"deadline", int(ClockRule::Kind::Deadline)},
                            {"expires", int(ClockRule::Kind::Expires)}};
constexpr Keyed kBases[] = {{"received", int(ClockRule::DateBasis::Received)},
                            {"sent", int(ClockRule::DateBasis::Sent)}};

template <size_t N> QString keyOf(const Keyed (&table)[N], int value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template <size_t N> bool valueOf(const Keyed (&table)[N], const QString &key, int *value)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

QJsonObject offsetJson(const ClockOffset &offset)
{
    return {{QStringLiteral("amount"), offset.amount},
            {QStringLiteral("unit"), ClockOffset::unitKey(offset.unit)}};
}

QString readOffset(const QJsonValue &value, const QString &field, ClockOffset *offset)
{
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    if (!value.isObject() || !amount.isDouble() || amount.toDouble() != amount.toInt() ||
        amount.toInt() < 0)
        return tr("%1 needs a whole, non-negative \"amount\" and a \"unit\".").arg(field);
    offset->amount = amount.toInt();
    const QString unit = object.value(QStringLiteral("unit")).toString();
    if (!ClockOffset::unitFromKey(unit, &offset->unit))
        return tr("%1: \"%2\" is not a unit (days, business_days, weeks, months, years, "
                  "billing_cycles).")
            .arg(field, unit);
    return {};
}

QString readDate(const QJsonObject &object, const QString &field, QDate *date)
{
    const QString text = object.value(field).toString();
    if (text.isEmpty())
        return {};
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid() ? QString()
                           : tr("%1 \"%2\" is not a date (YYYY-MM-DD).").arg(field, text);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const auto &item : value.toArray())
        list << item.toString();
    list.removeAll(QString());
    return list;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const auto &item : list)
        array.append(item);
    return array;
}

// Where each rule object of the "rules" array starts: the lines for errors found after
// parsing (QJsonDocument keeps no positions).
QList<qsizetype> ruleStarts(const QByteArray &text)
{
    QList<qsizetype> starts;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && depth == 2)
                starts << i;
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return starts;
}

} // namespace

int ClockRuleJson::lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

QJsonObject ClockRuleJson::toJson(const ClockRule &rule)
{
    QJsonObject object{
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("title"), rule.title},
        {QStringLiteral("countries"), stringArray(rule.countries)},
        {QStringLiteral("sectors"), stringArray(rule.sectors)},
        {QStringLiteral("route"), rule.route},
        {QStringLiteral("body"), rule.body},
        {QStringLiteral("legal_basis"), rule.legalBasis},
        {QStringLiteral("source"), rule.sourceUrl},
        {QStringLiteral("confidence"), keyOf(kConfidence, int(rule.confidence))},
        {QStringLiteral("trigger"), rule.trigger},
        {QStringLiteral("date"), keyOf(kBases, int(rule.basis))},
        {QStringLiteral("offset"), offsetJson(rule.offset)},
        {QStringLiteral("kind"), keyOf(kKinds, int(rule.kind))},
        {QStringLiteral("effect"), rule.effect},
    };
    if (!rule.region.isEmpty())
        object.insert(QStringLiteral("region"), rule.region);
    if (!rule.note.isEmpty())
        object.insert(QStringLiteral("note"), rule.note);
    if (rule.effectiveFrom.isValid())
        object.insert(QStringLiteral("effective_from"), rule.effectiveFrom.toString(Qt::ISODate));
    if (rule.effectiveTo.isValid())
        object.insert(QStringLiteral("effective_to"), rule.effectiveTo.toString(Qt::ISODate));
    if (!rule.calendar.isEmpty())
        object.insert(QStringLiteral("calendar"), rule.calendar);
    if (!rule.endsEarlyOn.isEmpty())
        object.insert(QStringLiteral("ends_early_on"), rule.endsEarlyOn);
    if (rule.cap)
        object.insert(QStringLiteral("cap"), offsetJson(*rule.cap));
    if (!rule.after.isEmpty())
        object.insert(QStringLiteral("after"), stringArray(rule.after));
    QJsonArray variants;
    for (const auto &variant : rule.variants)
        variants.append(QJsonObject{{QStringLiteral("when"), variant.when},
                                    {QStringLiteral("offset"), offsetJson(variant.offset)}});
    if (!variants.isEmpty())
        object.insert(QStringLiteral("variants"), variants);
    QJsonArray extensions;
    for (const auto &extension : rule.extensions)
        extensions.append(QJsonObject{{QStringLiteral("when"), extension.when},
                                      {QStringLiteral("add"), offsetJson(extension.add)}});
    if (!extensions.isEmpty())
        object.insert(QStringLiteral("extensions"), extensions);
    return object;
}

QString ClockRuleJson::fromJson(const QJsonObject &object, ClockRule *rule)
{
    auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    rule->id = text("id").trimmed();
    if (rule->id.isEmpty())
        return tr("The rule has no \"id\".");
    rule->title = text("title");
    rule->countries = strings(object.value(QStringLiteral("countries")));
    if (rule->countries.isEmpty())
        return tr("Rule \"%1\" names no country in \"countries\".").arg(rule->id);
    rule->region = text("region");
    rule->sectors = strings(object.value(QStringLiteral("sectors")));
    rule->route =
        object.contains(QStringLiteral("route")) ? text("route") : QStringLiteral("company");
    if (!ClockVocabulary::isRoute(rule->route))
        return tr("Rule \"%1\": \"%2\" is not a route (company, card, regulator, court).")
            .arg(rule->id, rule->route);
    rule->body = text("body");
    rule->legalBasis = text("legal_basis");
    rule->sourceUrl = text("source");
    rule->note = text("note");
    rule->trigger = text("trigger");
    if (rule->trigger.isEmpty())
        return tr("Rule \"%1\" has no \"trigger\".").arg(rule->id);
    rule->calendar = text("calendar");
    rule->effect = text("effect");
    rule->endsEarlyOn = text("ends_early_on");
    rule->after = strings(object.value(QStringLiteral("after")));

    int value = 0;
    if (!valueOf(kConfidence, text("confidence"), &value))
        return tr("Rule \"%1\": confidence must be \"confirmed\" or \"unconfirmed\".")
            .arg(rule->id);
    rule->confidence = ClockRule::Confidence(value);
    if (!valueOf(kKinds, text("kind"), &value))
        return tr("Rule \"%1\": kind must be \"opens\", \"deadline\" or \"expires\".")
            .arg(rule->id);
    rule->kind = ClockRule::Kind(value);
    const QString basis =
        object.contains(QStringLiteral("date")) ? text("date") : QStringLiteral("received");
    if (!valueOf(kBases, basis, &value))
        return tr("Rule \"%1\": date must be \"received\" or \"sent\".").arg(rule->id);
    rule->basis = ClockRule::DateBasis(value);

    const QString prefix = tr("Rule \"%1\": ").arg(rule->id);
    if (QString error = readOffset(object.value(QStringLiteral("offset")), QStringLiteral("offset"),
                                   &rule->offset);
        !error.isEmpty())
        return prefix + error;
    rule->cap.reset();
    if (object.contains(QStringLiteral("cap"))) {
        ClockOffset cap;
        if (QString error =
                readOffset(object.value(QStringLiteral("cap")), QStringLiteral("cap"), &cap);
            !error.isEmpty())
            return prefix + error;
        rule->cap = cap;
    }
    for (const char *field : {"effective_from", "effective_to"}) {
        QDate *date = QLatin1String(field) == QLatin1String("effective_from") ? &rule->effectiveFrom
                                                                              : &rule->effectiveTo;
        *date = {};
        if (QString error = readDate(object, QLatin1String(field), date); !error.isEmpty())
            return prefix + error;
    }
    rule->variants.clear();
    for (const auto &item : object.value(QStringLiteral("variants")).toArray()) {
        ClockRule::Variant variant{item.toObject().value(QStringLiteral("when")).toString(), {}};
        if (QString error = readOffset(item.toObject().value(QStringLiteral("offset")),
                                       QStringLiteral("variants.offset"), &variant.offset);
            !error.isEmpty() || variant.when.isEmpty())
            return prefix + (error.isEmpty() ? tr("a variant has no \"when\".") : error);
        rule->variants << variant;
    }
    rule->extensions.clear();
    for (const auto &item : object.value(QStringLiteral("extensions")).toArray()) {
        ClockRule::Extension extension{item.toObject().value(QStringLiteral("when")).toString(),
                                       {}};
        if (QString error = readOffset(item.toObject().value(QStringLiteral("add")),
                                       QStringLiteral("extensions.add"), &extension.add);
            !error.isEmpty() || extension.when.isEmpty())
            return prefix + (error.isEmpty() ? tr("an extension has no \"when\".") : error);
        rule->extensions << extension;
    }
    return {};
}

Result<std::vector<ClockRule>> ClockRuleJson::parse(const QByteArray &text)
{
    auto refuse = [&](qsizetype offset, const QString &reason) {
        return Error{Error::Code::Invalid,
                     tr("Line %1: %2 Nothing was imported.").arg(lineAt(text, offset)).arg(reason)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(parseError.offset, parseError.errorString() + QLatin1Char('.'));
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return refuse(0, tr("This is not a Leverage rule file (\"format\": \"%1\" is missing).")
                             .arg(QLatin1String(kFormat)));
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        return refuse(0, tr("The file is from a newer version of Leverage."));
    const QJsonArray array = root.value(QStringLiteral("rules")).toArray();
    const auto starts = ruleStarts(text);
    std::vector<ClockRule> rules;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype at = i < starts.size() ? starts[i] : 0;
        if (!array[i].isObject())
            return refuse(at, tr("Each rule must be an object { … }."));
        ClockRule rule;
        if (QString error = fromJson(array[i].toObject(), &rule); !error.isEmpty())
            return refuse(at, error);
        if (ids.contains(rule.id))
            return refuse(at, tr("The id \"%1\" is used twice.").arg(rule.id));
        ids.insert(rule.id);
        rules.push_back(std::move(rule));
    }
    return rules;
}

QByteArray ClockRuleJson::write(const std::vector<ClockRule> &rules)
{
    QJsonArray array;
    for (const auto &rule : rules)
        array.append(toJson(rule));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("rules"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace leverage::clocks

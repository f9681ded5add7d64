#include "core/letters/LetterTemplateCheck.h"

#include "core/util/Translate.h"

#include <QCoreApplication>
#include <vector>

namespace leverage {
namespace {

struct Scope
{
    QString name; // the section's name ("" at the top)
    int line = 0; // where it opened
    const mstch::map *fields = nullptr;
};

const mstch::node *lookUp(const std::vector<Scope> &scopes, const QString &name)
{
    const std::string key = name.toStdString();
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
        if (!it->fields)
            continue;
        auto found = it->fields->find(key);
        if (found != it->fields->end())
            return &found->second;
    }
    return nullptr;
}

// The fields visible inside a section over `node`: a map's own, a list's items', none for a
// flag or a text (the outer ones stay visible).
const mstch::map *inner(const mstch::node &node)
{
    if (const auto *map = boost::get<mstch::map>(&node))
        return map;
    if (const auto *array = boost::get<mstch::array>(&node)) {
        if (!array->empty())
            if (const auto *item = boost::get<mstch::map>(&array->front()))
                return item;
    }
    return nullptr;
}

Error refused(const QString &templateName, int line, const QString &what)
{
    return Error{Error::Code::Invalid,
                 QCoreApplication::translate("leverage", "The letter template “%1”, line %2: %3")
                     .arg(templateName)
                     .arg(line)
                     .arg(what)};
}

} // namespace

Status LetterTemplateCheck::check(const QString &templateName, const QString &text,
                                  const mstch::map &fields, const QStringList &partials)
{
    std::vector<Scope> scopes{{QString(), 0, &fields}};
    qsizetype at = 0;
    int line = 1;
    auto advanceTo = [&](qsizetype to) {
        line += static_cast<int>(QStringView(text).mid(at, to - at).count(QLatin1Char('\n')));
        at = to;
    };
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), at);
        if (open < 0)
            break;
        advanceTo(open);
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return refused(templateName, line, tr("a tag opened with {{ is never closed with }}."));
        const QString tag = text.mid(open + 2, close - open - 2);
        if (tag.contains(QLatin1Char('\n')))
            return refused(templateName, line, tr("a tag runs over the end of the line."));
        const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
        const QString name = (QStringLiteral("#^/>!").contains(sigil) ? tag.mid(1) : tag).trimmed();
        advanceTo(close + 2);
        if (sigil == QLatin1Char('!'))
            continue;
        if (sigil == QLatin1Char('{') || sigil == QLatin1Char('&'))
            return refused(templateName, line,
                           tr("{{{…}}} and {{&…}} would print text unescaped; use {{…}}."));
        if (sigil == QLatin1Char('='))
            return refused(templateName, line, tr("changing the delimiters is not supported."));
        if (name.isEmpty())
            return refused(templateName, line, tr("an empty tag {{ }}."));
        if (sigil == QLatin1Char('>')) {
            if (!partials.contains(name))
                return refused(templateName, line,
                               tr("there is no part named “%1” (parts: %2).")
                                   .arg(name, partials.join(QStringLiteral(", "))));
            continue;
        }
        if (sigil == QLatin1Char('/')) {
            if (scopes.size() == 1)
                return refused(templateName, line,
                               tr("{{/%1}} closes a section that was never opened.").arg(name));
            if (scopes.back().name != name)
                return refused(templateName, line,
                               tr("{{/%1}} closes the section {{#%2}} opened on line %3.")
                                   .arg(name, scopes.back().name)
                                   .arg(scopes.back().line));
            scopes.pop_back();
            continue;
        }
        if (name == QLatin1String(".") && scopes.size() > 1)
            continue;
        const mstch::node *node = lookUp(scopes, name);
        if (!node)
            return refused(templateName, line, tr("there is no field named “%1”.").arg(name));
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^'))
            scopes.push_back({name, line, sigil == QLatin1Char('#') ? inner(*node) : nullptr});
    }
    if (scopes.size() > 1)
        return refused(templateName, scopes.back().line,
                       tr("the section {{#%1}} is never closed.").arg(scopes.back().name));
    return {};
}

} // namespace leverage

#include "core/clocks/ClockRuleSet.h"

#include "core/clocks/ClockRuleJson.h"

#include <QFile>
#include <algorithm>

namespace leverage::clocks {

const std::vector<ClockRule> &ClockRuleSet::defaults()
{
    static const std::vector<ClockRule> rules = [] {
        QFile file(QStringLiteral(":/clocks/default-rules.json"));
        auto parsed =
            ClockRuleJson::parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        return parsed ? std::move(parsed).value() : std::vector<ClockRule>{};
    }();
    return rules;
}

QList<ClockRuleSet::Entry> ClockRuleSet::merged(const std::vector<ClockRule> &shipped,
                                                const QList<UserClockRule> &userRows)
{
    QList<Entry> entries;
    auto userRow = [&](const QString &id) -> const UserClockRule * {
        for (const auto &row : userRows)
            if (row.rule.id == id)
                return &row;
        return nullptr;
    };
    for (const auto &rule : shipped) {
        const UserClockRule *row = userRow(rule.id);
        if (!row)
            entries << Entry{rule, Origin::Shipped};
        else if (row->hidden)
            entries << Entry{rule, Origin::Hidden};
        else
            entries << Entry{row->rule, Origin::Edited};
    }
    QList<UserClockRule> own;
    for (const auto &row : userRows) {
        const bool isShipped = std::any_of(shipped.begin(), shipped.end(),
                                           [&](const ClockRule &r) { return r.id == row.rule.id; });
        if (!isShipped && !row.hidden)
            own << row;
    }
    std::sort(own.begin(), own.end(),
              [](const UserClockRule &a, const UserClockRule &b) { return a.rule.id < b.rule.id; });
    for (const auto &row : own)
        entries << Entry{row.rule, Origin::Own};
    return entries;
}

std::vector<ClockRule> ClockRuleSet::inForce(const std::vector<ClockRule> &shipped,
                                             const QList<UserClockRule> &userRows)
{
    std::vector<ClockRule> rules;
    for (const auto &entry : merged(shipped, userRows))
        if (entry.origin != Origin::Hidden)
            rules.push_back(entry.rule);
    return rules;
}

} // namespace leverage::clocks

#pragma once

#include "core/clocks/ClockRule.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <vector>

namespace leverage::clocks {

// The readable rule file an advocacy group shares:
//   {"format": "leverage-clock-rules", "version": 1, "rules": [ {rule}, … ]}
// (fields in docs/clock-rules.md). Reading is all or nothing: a malformed file is refused with
// the line and the reason, and no rule of it is returned.
class ClockRuleJson final
{
public:
    static constexpr auto kFormat = "leverage-clock-rules";
    static constexpr int kVersion = 1;

    static Result<std::vector<ClockRule>> parse(const QByteArray &text);
    static QByteArray write(const std::vector<ClockRule> &rules);

    static QJsonObject toJson(const ClockRule &rule);
    // Empty on success; otherwise the reason ("offset.unit \"fortnights\" is not a unit").
    static QString fromJson(const QJsonObject &object, ClockRule *rule);
    // The 1-based line of a character offset in `text`.
    static int lineAt(const QByteArray &text, qsizetype offset);
};

} // namespace leverage::clocks

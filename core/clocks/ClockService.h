#pragma once

#include "core/clocks/CaseClock.h"
#include "core/clocks/ClockEngine.h"
#include "core/clocks/ClockRuleSet.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::clocks {

// The clocks of the workspace's cases: the rules in force (the shipped set with the user's
// rows over it), each case's jurisdiction and triggers, computed for today (the user's local
// date by the workspace clock).
class ClockService final
{
public:
    explicit ClockService(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<ClockRuleSet::Entry>> ruleEntries() const;
    Result<ClockEngine> engine() const;
    QDate today() const;

    Result<QList<CaseClock>> forCase(RowId caseId) const;
    Result<QList<CaseClock>> forCase(RowId caseId, const ClockEngine &engine) const;
    // Every clock of every case with a jurisdiction: three queries, then pure computation.
    Result<QList<CaseClock>> all() const;
    // The nearest running or just-reached clock of the case, per route: the header's line.
    static QList<CaseClock> nextPerRoute(const QList<CaseClock> &clocks);

private:
    Workspace &m_workspace;
};

} // namespace leverage::clocks

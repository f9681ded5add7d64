#include "core/clocks/ClockService.h"

#include "core/services/Clock.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/ClockRuleRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/Workspace.h"

namespace leverage::clocks {

Result<QList<ClockRuleSet::Entry>> ClockService::ruleEntries() const
{
    auto rows = ClockRuleRepository(m_workspace).all();
    if (!rows)
        return rows.error();
    return ClockRuleSet::merged(ClockRuleSet::defaults(), *rows);
}

Result<ClockEngine> ClockService::engine() const
{
    auto rows = ClockRuleRepository(m_workspace).all();
    if (!rows)
        return rows.error();
    return ClockEngine(ClockRuleSet::inForce(ClockRuleSet::defaults(), *rows));
}

QDate ClockService::today() const
{
    return m_workspace.clock().now().date();
}

Result<QList<CaseClock>> ClockService::forCase(RowId caseId) const
{
    auto rules = engine();
    if (!rules)
        return rules.error();
    return forCase(caseId, *rules);
}

Result<QList<CaseClock>> ClockService::forCase(RowId caseId, const ClockEngine &engine) const
{
    auto where = CaseJurisdictionRepository(m_workspace).get(caseId);
    if (!where)
        return where.error();
    auto triggers = ClockTriggerRepository(m_workspace).forCase(caseId);
    if (!triggers)
        return triggers.error();
    return engine.compute(caseId, *where, *triggers, today());
}

Result<QList<CaseClock>> ClockService::all() const
{
    auto rules = engine();
    if (!rules)
        return rules.error();
    auto places = CaseJurisdictionRepository(m_workspace).all();
    if (!places)
        return places.error();
    auto triggers = ClockTriggerRepository(m_workspace).all();
    if (!triggers)
        return triggers.error();
    QHash<RowId, QList<ClockTrigger>> byCase;
    for (const auto &trigger : *triggers)
        byCase[trigger.caseId].append(trigger);
    QList<RowId> ids = places->keys();
    std::sort(ids.begin(), ids.end());
    const QDate day = today();
    QList<CaseClock> clocks;
    for (RowId caseId : ids)
        clocks += rules->compute(caseId, places->value(caseId), byCase.value(caseId), day);
    return clocks;
}

QList<CaseClock> ClockService::nextPerRoute(const QList<CaseClock> &clocks)
{
    QList<CaseClock> next;
    for (const auto &clock : clocks) {
        if (clock.state != CaseClock::State::Running)
            continue;
        auto same = std::find_if(next.begin(), next.end(), [&](const CaseClock &c) {
            return c.rule.route == clock.rule.route;
        });
        if (same == next.end())
            next << clock;
        else if (clock.dueDate < same->dueDate)
            *same = clock;
    }
    return next;
}

} // namespace leverage::clocks

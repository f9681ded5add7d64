#pragma once

#include "core/clocks/CaseClock.h"
#include "core/clocks/CaseJurisdiction.h"
#include "core/clocks/ClockTrigger.h"

#include <QList>
#include <vector>

namespace leverage::clocks {

// Computes a case's clocks from the rules, the case's jurisdiction and sector and its
// triggers: pure, so it is tested without a store and runs over every case at once. A rule
// applies when the country, region and sector match and its route is one the case pursues
// (the complaint to the company always; another route once it has a trigger).
class ClockEngine final
{
public:
    explicit ClockEngine(std::vector<ClockRule> rules);

    const std::vector<ClockRule> &rules() const { return m_rules; }
    // The rules that may apply to a case of this jurisdiction (before any trigger).
    std::vector<const ClockRule *> rulesFor(const CaseJurisdiction &where) const;
    // Dated clocks by due date, then the waiting ones in rule order.
    QList<CaseClock> compute(RowId caseId, const CaseJurisdiction &where,
                             const QList<ClockTrigger> &triggers, const QDate &today) const;

    static bool countryMatches(const QStringList &ruleCountries, const QString &country);

private:
    std::vector<ClockRule> m_rules;
};

} // namespace leverage::clocks

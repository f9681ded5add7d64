#include "ui/models/clocks/ClockLookup.h"

#include "core/services/Clock.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

namespace leverage::models {

Result<clocks::CaseJurisdiction> ClockLookup::stored(Workspace &workspace, RowId caseId)
{
    return CaseJurisdictionRepository(workspace).get(caseId);
}

ClockLookup::Suggestion ClockLookup::suggested(Workspace &workspace, RowId organizationId)
{
    CaseJurisdictionRepository places(workspace);
    if (organizationId > 0)
        if (auto usual = places.usualFor(organizationId); usual && !usual->isEmpty())
            return {*usual, Suggestion::From::Organization};
    if (auto last = places.lastUsed(); last && !last->isEmpty())
        return {*last, Suggestion::From::LastUsed};
    return {};
}

RowId ClockLookup::organizationOf(Workspace &workspace, RowId caseId)
{
    auto theCase = workspace.cases().get(caseId);
    return theCase ? theCase->organizationId : 0;
}

Result<clocks::ClockTrigger> ClockLookup::trigger(Workspace &workspace, RowId triggerId)
{
    return ClockTriggerRepository(workspace).get(triggerId);
}

QList<ClockLookup::Entry> ClockLookup::recentEntries(Workspace &workspace, RowId caseId, int limit)
{
    QList<Entry> found;
    if (auto entries = workspace.timeline().page(caseId, true, 0, limit))
        for (const auto &entry : std::as_const(*entries))
            found.append({entry.meta.id, entry.occurredAt.toDateTime().date(), entry.summary});
    return found;
}

Result<ClockLookup::Entry> ClockLookup::entry(Workspace &workspace, RowId entryId)
{
    auto stored = workspace.timeline().get(entryId);
    if (!stored)
        return stored.error();
    return Entry{stored->meta.id, stored->occurredAt.toDateTime().date(), stored->summary};
}

QDate ClockLookup::today(Workspace &workspace)
{
    return workspace.clock().now().date();
}

} // namespace leverage::models

#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/clocks/ClockTrigger.h"
#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the clocks' widgets read (they do not reach the store themselves): a case's
// jurisdiction and the one to suggest, a trigger, the timeline entries a trigger may be.
class ClockLookup final
{
public:
    struct Suggestion
    {
        clocks::CaseJurisdiction where;
        enum class From
        {
            Nothing,
            Organization, // what the organization's other cases use
            LastUsed      // the case changed last
        } from = From::Nothing;
    };
    struct Entry
    {
        RowId id = 0;
        QDate date; // in the offset it was recorded with
        QString summary;
    };

    static Result<clocks::CaseJurisdiction> stored(Workspace &workspace, RowId caseId);
    static Suggestion suggested(Workspace &workspace, RowId organizationId);
    static RowId organizationOf(Workspace &workspace, RowId caseId);
    static Result<clocks::ClockTrigger> trigger(Workspace &workspace, RowId triggerId);
    // The case's newest entries, newest first.
    static QList<Entry> recentEntries(Workspace &workspace, RowId caseId, int limit);
    // One entry (a trigger marked on an older entry than the recent ones).
    static Result<Entry> entry(Workspace &workspace, RowId entryId);
    static QDate today(Workspace &workspace);
};

} // namespace leverage::models

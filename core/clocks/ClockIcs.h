#pragma once

#include "core/clocks/CaseClock.h"
#include "core/ledger/IcsDayEvent.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>

namespace leverage {
class IcsExporter;
class Workspace;
} // namespace leverage

namespace leverage::clocks {

// The calendar events of clocks: one all-day event on each due date (waiting clocks have
// none), its UID stable per case and rule so a newer export updates it.
class ClockIcs final
{
public:
    static QList<IcsDayEvent> events(const QList<CaseClock> &clocks,
                                     const QHash<RowId, QString> &caseTitles);
    // Adds the dated clocks of `caseId` (0: every case) to an export.
    static Status addTo(IcsExporter &exporter, Workspace &workspace, RowId caseId = 0,
                        bool withLedger = true);
};

} // namespace leverage::clocks

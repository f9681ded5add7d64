#pragma once

#include "core/domain/RowMeta.h"

#include <QDate>
#include <QString>

namespace leverage::clocks {

// An event a clock counts from, on one route of a case: "complaint received by the firm: 3 Mar"
// (typed, or taken from the timeline entry the user marked). Dates are calendar dates in the
// case's jurisdiction: either may be unknown; the rule says which one counts.
struct ClockTrigger
{
    RowMeta meta;
    RowId caseId = 0;
    QString route = QStringLiteral("company");
    QString event;
    QDate sentOn;
    QDate receivedOn;
    RowId entryId = 0; // the timeline entry marked as this trigger, if any
    QString note;

    // The date a rule counting `received` (or sent) uses, falling back to the other one.
    QDate date(bool received) const
    {
        const QDate &wanted = received ? receivedOn : sentOn;
        return wanted.isValid() ? wanted : (received ? sentOn : receivedOn);
    }

    friend bool operator==(const ClockTrigger &, const ClockTrigger &) = default;
};

} // namespace leverage::clocks

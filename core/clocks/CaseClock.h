#pragma once

#include "core/clocks/ClockRule.h"
#include "core/domain/Ids.h"

#include <QDate>
#include <QString>

namespace leverage::clocks {

// One rule computed for one case: its trigger, the date it runs out, and where it stands.
struct CaseClock
{
    enum class State
    {
        Waiting, // the trigger has not been recorded
        Running, // counting down to the due date
        Open,    // an Opens rule past its date: the door is open
        Overdue, // a Deadline rule past its date: the other side is late
        Expired  // an Expires rule past its date: the right has run out
    };

    RowId caseId = 0;
    ClockRule rule;
    QDate triggerDate;
    RowId triggerId = 0;      // the trigger row counted from (0: none, or the parent's date)
    RowId triggerEntryId = 0; // the timeline entry marked as the trigger
    QDate opensOn;            // for a chained rule: the day the earlier rule's window opened
    QDate dueDate;
    State state = State::Waiting;
    QStringList notes; // how the date was reached, when not plainly: "ended early by …"

    // Days from `today` to the due date (negative: past).
    qint64 daysLeft(const QDate &today) const { return today.daysTo(dueDate); }
};

} // namespace leverage::clocks

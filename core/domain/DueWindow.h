#pragma once

#include "core/domain/DueForm.h"
#include "core/domain/Instant.h"

#include <QDate>

namespace leverage {

// When a promise or a follow-up is due: it opens at `from` (null for a moment or a deadline)
// and closes at `until` (the stored due_at). Nothing is overdue before `until`; while a window
// is open it is "due now". All arithmetic is on UTC milliseconds: "within 48 hours" is 48
// real hours whatever a daylight-saving change does to the wall clock.
struct DueWindow
{
    DueForm form = DueForm::Moment;
    Instant from;
    Instant until;
    int withinMinutes = 0; // Within only: the span the user gave, to say it back

    static DueWindow moment(const Instant &at);
    static DueWindow window(const Instant &from, const Instant &until);
    // N minutes after `madeAt`, at the offset of `madeAt`.
    static DueWindow within(const Instant &madeAt, int minutes);
    // The last minute of `date` (23:59) at the user's offset: "by end of that day".
    static DueWindow endOfDay(const QDate &date, int offsetSeconds);

    bool isNull() const { return until.isNull(); }
    // From the opening (inclusive) to the close (exclusive); a moment or deadline has no
    // opening and is never "open".
    bool isOpenAt(qint64 nowMs) const;
    bool isClosedAt(qint64 nowMs) const { return !isNull() && until.utcMs < nowMs; }
    // When a calendar event starts: the window's opening, else the close.
    Instant start() const { return form == DueForm::Window && !from.isNull() ? from : until; }

    friend bool operator==(const DueWindow &, const DueWindow &) = default;
};

// A stored row's due columns (dueForm, dueFrom, dueAt, dueWithinMinutes) as a window and back:
// commitments and follow-ups keep them alike.
template <typename Row> DueWindow dueWindowOf(const Row &row)
{
    return {row.dueForm, row.dueFrom, row.dueAt, row.dueWithinMinutes};
}
template <typename Row> void setDueWindow(Row &row, const DueWindow &due)
{
    row.dueForm = due.form;
    row.dueFrom = due.from;
    row.dueAt = due.until;
    row.dueWithinMinutes = due.withinMinutes;
}

} // namespace leverage

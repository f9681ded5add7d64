#pragma once

#include "core/domain/Commitment.h"
#include "core/domain/FollowUp.h"
#include "core/ledger/Dueness.h"

#include <QDateTime>

namespace leverage {

// The rules of due-ness for commitments and follow-ups, from a "now" the caller takes from the
// workspace's clock. Weeks and days are those of `now`'s time zone.
class CommitmentDueness final
{
public:
    // A due moment against now: overdue once passed, else today / this week / later.
    // A null due moment is "later" (a vague "soon" is not overdue).
    static Dueness classify(const Instant &due, const QDateTime &now);
    // A moment or window against now: overdue only once it closes, due now while a window is
    // open, else by the day it starts.
    static Dueness classify(const DueWindow &due, const QDateTime &now);
    // Kept, broken and withdrawn commitments are settled whatever their date.
    static Dueness classify(const Commitment &commitment, const QDateTime &now);
    // Done follow-ups are settled; a snoozed one counts from the end of its snooze.
    static Dueness classify(const FollowUp &followUp, const QDateTime &now);

    // When a follow-up next asks for attention: its due time, or the end of a snooze that
    // reaches past it.
    static Instant effectiveDue(const FollowUp &followUp);
    // Its due window, or the moment a snooze past its start ends.
    static DueWindow effectiveWindow(const FollowUp &followUp);
    // A stored instant shown in the zone (or fixed offset) of `reference`.
    static QDateTime inZoneOf(const Instant &instant, const QDateTime &reference);
    static bool isOverdue(const Commitment &commitment, const QDateTime &now)
    {
        return classify(commitment, now) == Dueness::Overdue;
    }
};

} // namespace leverage

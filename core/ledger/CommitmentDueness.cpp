#include "core/ledger/CommitmentDueness.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace leverage {

QDateTime CommitmentDueness::inZoneOf(const Instant &instant, const QDateTime &reference)
{
    if (instant.isNull())
        return {};
    const auto utc = QDateTime::fromMSecsSinceEpoch(instant.utcMs, Qt::UTC);
    switch (reference.timeSpec()) {
    case Qt::UTC:
        return utc;
    case Qt::OffsetFromUTC:
        return utc.toOffsetFromUtc(reference.offsetFromUtc());
    case Qt::TimeZone:
        return utc.toTimeZone(reference.timeZone());
    case Qt::LocalTime:
        break;
    }
    return utc.toLocalTime();
}

Dueness CommitmentDueness::classify(const Instant &due, const QDateTime &now)
{
    if (due.isNull())
        return Dueness::Later;
    if (due.utcMs < now.toMSecsSinceEpoch())
        return Dueness::Overdue;
    const QDate dueDate = inZoneOf(due, now).date();
    const QDate today = now.date();
    if (dueDate == today)
        return Dueness::DueToday;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return dueDate <= sunday ? Dueness::DueThisWeek : Dueness::Later;
}

Dueness CommitmentDueness::classify(const DueWindow &due, const QDateTime &now)
{
    if (due.isNull())
        return Dueness::Later;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (due.isClosedAt(nowMs))
        return Dueness::Overdue;
    if (due.isOpenAt(nowMs))
        return Dueness::DueNow;
    return classify(due.start(), now);
}

Dueness CommitmentDueness::classify(const Commitment &commitment, const QDateTime &now)
{
    if (commitment.status != CommitmentStatus::Pending)
        return Dueness::Settled;
    return classify(commitment.due(), now);
}

Instant CommitmentDueness::effectiveDue(const FollowUp &followUp)
{
    if (followUp.snoozedUntil.isNull())
        return followUp.dueAt;
    if (followUp.dueAt.isNull() || followUp.snoozedUntil.utcMs > followUp.dueAt.utcMs)
        return followUp.snoozedUntil;
    return followUp.dueAt;
}

DueWindow CommitmentDueness::effectiveWindow(const FollowUp &followUp)
{
    const DueWindow due = followUp.due();
    if (followUp.snoozedUntil.isNull() || (!due.isNull() && followUp.snoozedUntil <= due.start()))
        return due;
    // Snoozed past the start: it asks again at the end of the snooze, or when the window closes.
    if (due.form == DueForm::Window && followUp.snoozedUntil < due.until)
        return DueWindow::window(followUp.snoozedUntil, due.until);
    return DueWindow::moment(effectiveDue(followUp));
}

Dueness CommitmentDueness::classify(const FollowUp &followUp, const QDateTime &now)
{
    if (followUp.isDone())
        return Dueness::Settled;
    return classify(effectiveWindow(followUp), now);
}

} // namespace leverage

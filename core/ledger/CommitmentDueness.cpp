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

Dueness CommitmentDueness::classify(const Commitment &commitment, const QDateTime &now)
{
    if (commitment.status != CommitmentStatus::Pending)
        return Dueness::Settled;
    return classify(commitment.dueAt, now);
}

Instant CommitmentDueness::effectiveDue(const FollowUp &followUp)
{
    if (followUp.snoozedUntil.isNull())
        return followUp.dueAt;
    if (followUp.dueAt.isNull() || followUp.snoozedUntil.utcMs > followUp.dueAt.utcMs)
        return followUp.snoozedUntil;
    return followUp.dueAt;
}

Dueness CommitmentDueness::classify(const FollowUp &followUp, const QDateTime &now)
{
    if (followUp.isDone())
        return Dueness::Settled;
    return classify(effectiveDue(followUp), now);
}

} // namespace leverage

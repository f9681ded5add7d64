#include "core/domain/Instant.h"

namespace leverage {

Instant Instant::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return {dateTime.toMSecsSinceEpoch(), dateTime.offsetFromUtc(), true};
}

Instant Instant::fromUtcMs(qint64 utcMs, int offsetSeconds)
{
    return {utcMs, offsetSeconds, true};
}

QDateTime Instant::toDateTime() const
{
    if (!valid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offsetSeconds);
}

QDateTime Instant::toLocalTime() const
{
    if (!valid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime();
}

} // namespace leverage

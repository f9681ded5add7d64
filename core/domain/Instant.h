#pragma once

#include <QDateTime>

namespace leverage {

// A moment as stored: UTC milliseconds plus the UTC offset the user had at the time, so a
// dossier can print "14:05 (UTC-05:00)" exactly as the user lived it.
struct Instant
{
    qint64 utcMs = 0;
    int offsetSeconds = 0;
    bool valid = false;

    static Instant fromDateTime(const QDateTime &dateTime);
    static Instant fromUtcMs(qint64 utcMs, int offsetSeconds);
    // The instant as the user saw it: a QDateTime carrying the recorded offset.
    QDateTime toDateTime() const;
    // The same instant in this machine's current time zone, for display.
    QDateTime toLocalTime() const;
    bool isNull() const { return !valid; }

    friend bool operator==(const Instant &, const Instant &) = default;
    friend auto operator<=>(const Instant &a, const Instant &b) { return a.utcMs <=> b.utcMs; }
};

} // namespace leverage

#pragma once

#include <QFile>

// The process's peak resident memory, for the flat-memory checks (Linux /proc).
namespace leverage::testing {

// Resets the peak to what the process uses now (clear_refs 5).
inline bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// The peak resident memory since the last reset (VmHWM), in bytes; -1 if unknown.
inline qint64 peakRssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

} // namespace leverage::testing

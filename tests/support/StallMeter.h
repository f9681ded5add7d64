#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

namespace leverage::testing {

// The longest the calling (GUI) thread's event loop went without running a timer, from
// start() on: how long the window would have been frozen.
//
// Each gap is also taken apart with the kernel's accounting of the thread
// (/proc/thread-self/schedstat): the time it ran (its own work), the time it was ready but
// waited for a processor (other programs' load: on a shared two-core machine, most of a long
// gap), and the rest, when it slept (blocked on a lock, a sync, a queue). longestOwnMs() is the
// longest gap less the waiting for a processor: what the program itself made the thread do or
// wait for, the figure a quiet machine would show.
class StallMeter final
{
public:
    struct Gap
    {
        qint64 wallUs = 0;
        qint64 ranUs = 0;
        qint64 waitedForCpuUs = 0;
        qint64 blockedUs() const { return qMax<qint64>(0, wallUs - ranUs - waitedForCpuUs); }
        qint64 ownUs() const { return wallUs - waitedForCpuUs; }
    };

    explicit StallMeter(int intervalMs = 10)
        : m_schedstat(QStringLiteral("/proc/thread-self/schedstat"))
    {
        m_ticks.setInterval(intervalMs);
        m_ticks.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_ticks, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        m_last = now();
        m_ticks.start();
    }
    void stop() { m_ticks.stop(); }

    qint64 longestMs() const { return m_longest.wallUs / 1000; }
    qint64 longestOwnMs() const { return m_longestOwn.ownUs() / 1000; }
    const Gap &longest() const { return m_longest; }
    const Gap &longestOwn() const { return m_longestOwn; }
    int ticks() const { return m_count; }
    // Whether the kernel's accounting could be read (else the own figure is the wall one).
    bool accounted() const { return m_schedstat.isOpen(); }

private:
    struct Sample
    {
        qint64 wallUs = 0;
        qint64 ranUs = 0;
        qint64 waitedUs = 0;
    };

    Sample now()
    {
        if (!m_clock.isValid())
            m_clock.start();
        Sample sample{m_clock.nsecsElapsed() / 1000, 0, 0};
        // "<ns on a processor> <ns waiting on a run queue> <timeslices>"
        if (m_schedstat.isOpen() && m_schedstat.seek(0)) {
            const QList<QByteArray> fields = m_schedstat.readAll().split(' ');
            if (fields.size() >= 2) {
                sample.ranUs = fields[0].toLongLong() / 1000;
                sample.waitedUs = fields[1].toLongLong() / 1000;
            }
        }
        return sample;
    }

    void tick()
    {
        const Sample sample = now();
        const Gap gap{sample.wallUs - m_last.wallUs, sample.ranUs - m_last.ranUs,
                      sample.waitedUs - m_last.waitedUs};
        m_last = sample;
        ++m_count;
        if (gap.wallUs > m_longest.wallUs)
            m_longest = gap;
        if (gap.ownUs() > m_longestOwn.ownUs())
            m_longestOwn = gap;
    }

    QTimer m_ticks;
    QElapsedTimer m_clock;
    QFile m_schedstat;
    Sample m_last;
    Gap m_longest;
    Gap m_longestOwn;
    int m_count = 0;
};

} // namespace leverage::testing

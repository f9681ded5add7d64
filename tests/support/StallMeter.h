#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace leverage::testing {

// The longest the calling (GUI) thread's event loop went without running a 10 ms timer,
// from start() on: how long the window would have been frozen.
class StallMeter final
{
public:
    StallMeter()
    {
        m_ticks.setInterval(10);
        QObject::connect(&m_ticks, &QTimer::timeout, [this] {
            if (m_sinceTick.isValid())
                m_longestMs = qMax(m_longestMs, m_sinceTick.elapsed());
            m_sinceTick.restart();
        });
    }

    void start() { m_ticks.start(); }
    void stop() { m_ticks.stop(); }
    qint64 longestMs() const { return m_longestMs; }

private:
    QTimer m_ticks;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
};

} // namespace leverage::testing

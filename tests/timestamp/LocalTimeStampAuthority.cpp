#include "tests/timestamp/LocalTimeStampAuthority.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <gtest/gtest.h>

namespace leverage::testing {

LocalTimeStampAuthority::~LocalTimeStampAuthority()
{
    stop();
}

bool LocalTimeStampAuthority::start()
{
    const QString script = qEnvironmentVariable("LEVERAGE_SOURCE_DIR") +
                           QStringLiteral("/tests/timestamp/local_tsa.py");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"), {script, m_dir.path()});
    if (!m_process.waitForStarted(10000)) {
        ADD_FAILURE() << "The local time-stamp authority did not start (/usr/bin/python3 "
                      << script.toStdString() << "): " << m_process.errorString().toStdString();
        return false;
    }
    // Making its keys and certificates takes a moment on a loaded machine.
    QDeadlineTimer deadline(60000);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
           !deadline.hasExpired())
        m_process.waitForReadyRead(500);
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("ready "))) {
        ADD_FAILURE() << "The local time-stamp authority did not get ready: " << line.toStdString()
                      << ' ' << m_process.readAllStandardError().toStdString();
        stop();
        return false;
    }
    m_port = line.mid(6).toInt();
    return m_port > 0;
}

void LocalTimeStampAuthority::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // it ends when its standard input closes
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl LocalTimeStampAuthority::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl LocalTimeStampAuthority::nobodyThere()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(port));
}

} // namespace leverage::testing

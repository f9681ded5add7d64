#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace leverage::testing {

// A throw-away RFC 3161 time-stamp authority on 127.0.0.1: tests/timestamp/local_tsa.py
// (a CA, a TSA certificate, `openssl ts -reply` behind python3's http.server), started here
// and stopped with this object. start() fails the test (never skips) when it cannot run.
class LocalTimeStampAuthority final
{
public:
    LocalTimeStampAuthority() = default;
    ~LocalTimeStampAuthority();
    LocalTimeStampAuthority(const LocalTimeStampAuthority &) = delete;
    LocalTimeStampAuthority &operator=(const LocalTimeStampAuthority &) = delete;

    // Starts it; on failure an ADD_FAILURE with the reason, and false.
    bool start();
    void stop();
    // The address of one of its paths: "/tsa" stamps; "/reject", "/garbage", "/broken" and
    // "/slow" answer as local_tsa.py says.
    QUrl url(const QString &path = QStringLiteral("/tsa")) const;
    // The CA that issued its certificate (PEM), and one that did not.
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other-ca.pem")); }
    // An address on 127.0.0.1 where nothing listens.
    static QUrl nobodyThere();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace leverage::testing

#pragma once

#include "core/store/SqlDialect.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace leverage {

// A connection of its own to an open workspace's file (or team workspace's server), for a job on
// another thread (a Qt connection may only be used on the thread that opened it). Opened and closed
// on the job's thread; the workspace's lock is the window's, so nothing else checks it here.
class SideConnection final
{
    Q_DISABLE_COPY_MOVE(SideConnection)

public:
    explicit SideConnection(const QString &workspacePath, int busyTimeoutMs = 5000);
    ~SideConnection();

    Status status() const { return m_status; }
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return m_dialect; }

private:
    QString m_name;
    SqlDialect m_dialect{SqlDialect::Engine::Sqlite};
    Status m_status;
};

} // namespace leverage

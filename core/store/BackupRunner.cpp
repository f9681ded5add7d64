#include "core/store/BackupRunner.h"

#include "core/store/WorkspaceBackup.h"

#include <QMetaObject>
#include <QPointer>

namespace leverage {

BackupRunner::BackupRunner(QString source, QString folder, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_folder(std::move(folder))
{
}

BackupRunner::~BackupRunner()
{
    waitForDone();
}

bool BackupRunner::start(const QDateTime &now, int keepLast)
{
    if (m_running.exchange(true))
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the previous one, already finished
    m_thread = std::thread([this, now, keepLast] {
        auto written = WorkspaceBackup::rollingBackup(m_source, m_folder, now, keepLast);
        const bool ok = bool(written);
        const QString detail = ok ? *written : written.message();
        QMetaObject::invokeMethod(
            this, [this, ok, detail] { Q_EMIT finished(ok, detail); }, Qt::QueuedConnection);
        m_running.store(false);
    });
    return true;
}

void BackupRunner::waitForDone()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace leverage

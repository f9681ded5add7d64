#include "core/archive/ArchiveRunner.h"

#include "core/archive/WorkspaceArchive.h"

#include <QMetaObject>

namespace leverage {

ArchiveRunner::ArchiveRunner(QObject *parent) : QObject(parent) {}

ArchiveRunner::~ArchiveRunner()
{
    waitForDone();
}

bool ArchiveRunner::startExport(const QString &workspace, const QString &archivePath,
                                const QByteArray &passphrase)
{
    return start([=] { return WorkspaceArchive::exportTo(workspace, archivePath, passphrase); });
}

bool ArchiveRunner::startImport(const QString &archivePath, const QString &destination,
                                const QByteArray &passphrase)
{
    return start(
        [=] { return WorkspaceArchive::importFrom(archivePath, destination, passphrase); });
}

bool ArchiveRunner::start(std::function<Status()> job)
{
    if (m_running.exchange(true))
        return false;
    if (m_thread.joinable())
        m_thread.join(); // the previous one, already finished
    m_thread = std::thread([this, job = std::move(job)] {
        const Status status = job();
        const bool ok = status.isOk();
        const QString message = status.message();
        QMetaObject::invokeMethod(
            this, [this, ok, message] { Q_EMIT finished(ok, message); }, Qt::QueuedConnection);
        m_running.store(false);
    });
    return true;
}

void ArchiveRunner::waitForDone()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace leverage

#include "core/archive/ArchiveRunner.h"

#include "core/archive/WorkspaceArchive.h"

#include <QMetaObject>
#include <memory>

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
    auto status = std::make_shared<Status>();
    return m_job.start(
        [job = std::move(job), status] { *status = job(); },
        [this, status] {
            QMetaObject::invokeMethod(
                this, [this, status] { Q_EMIT finished(status->isOk(), status->message()); },
                Qt::QueuedConnection);
        });
}

void ArchiveRunner::waitForDone()
{
    m_job.wait();
}

} // namespace leverage

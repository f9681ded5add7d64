#include "core/evidence/AttachmentRunner.h"

#include "core/evidence/EvidenceService.h"

#include <QMetaObject>

namespace leverage {

AttachmentRunner::AttachmentRunner(QObject *parent) : QObject(parent) {}

AttachmentRunner::~AttachmentRunner()
{
    cancel();
    waitForDone();
}

bool AttachmentRunner::start(std::function<void()> work)
{
    if (m_job.isRunning())
        return false;
    m_cancel.store(false);
    return m_job.start(std::move(work), [] {});
}

void AttachmentRunner::postProgress(qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
}

bool AttachmentRunner::startStore(const QString &workspacePath, const QString &filePath,
                                  qint64 nowMs)
{
    return start([this, workspacePath, filePath, nowMs] {
        auto result = EvidenceService::storeFile(
            workspacePath, filePath, nowMs,
            [this](qint64 done, qint64 total) { postProgress(done, total); }, &m_cancel);
        const bool ok = result.isOk();
        const QString message = result.message();
        const QString sha = ok ? result->sha256 : QString();
        const qint64 size = ok ? result->size : 0;
        QMetaObject::invokeMethod(
            this, [this, ok, message, sha, size] { Q_EMIT stored(ok, message, sha, size); },
            Qt::QueuedConnection);
    });
}

bool AttachmentRunner::startExport(const QString &workspacePath, const Attachment &attachment,
                                   const QString &folder)
{
    return start([this, workspacePath, attachment, folder] {
        auto result =
            EvidenceService::exportToPrivateFile(workspacePath, attachment, folder, &m_cancel);
        const bool ok = result.isOk();
        const QString message = result.message();
        const QString path = ok ? *result : QString();
        QMetaObject::invokeMethod(
            this, [this, ok, message, path] { Q_EMIT exported(ok, message, path); },
            Qt::QueuedConnection);
    });
}

} // namespace leverage

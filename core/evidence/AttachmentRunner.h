#pragma once

#include "core/domain/Attachment.h"
#include "core/util/SingleJobThread.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

namespace leverage {

// Streams one file into the workspace's blob store, or one attachment out to a private file,
// on a thread of its own (a connection of its own), so a 500 MB video neither fills memory
// nor stops the window. Progress and the result arrive on the owner's thread; cancel() stops
// it with nothing written.
class AttachmentRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentRunner)

public:
    explicit AttachmentRunner(QObject *parent = nullptr);
    ~AttachmentRunner() override; // cancels and lets the job end: no half-written row is left

    // false (and nothing started) while a job runs.
    bool startStore(const QString &workspacePath, const QString &filePath, qint64 nowMs);
    bool startExport(const QString &workspacePath, const leverage::Attachment &attachment,
                     const QString &folder);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel() { m_cancel.store(true); }
    void waitForDone() { m_job.wait(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok, or the sentence to show; the stored content's SHA-256 and size.
    void stored(bool ok, const QString &message, const QString &sha256, qint64 size);
    // ok, or the sentence to show; the private file's path.
    void exported(bool ok, const QString &message, const QString &path);

private:
    bool start(std::function<void()> work);
    void postProgress(qint64 done, qint64 total);

    SingleJobThread m_job;
    std::atomic<bool> m_cancel{false};
};

} // namespace leverage

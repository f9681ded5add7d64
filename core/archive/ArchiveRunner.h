#pragma once

#include "core/util/Result.h"
#include "core/util/SingleJobThread.h"

#include <QObject>
#include <QString>
#include <functional>

namespace leverage {

// Runs one archive export or import (WorkspaceArchive) on a thread of its own, so the window
// keeps painting while a large workspace is copied, hashed and encrypted. finished() arrives
// on the owner's thread.
class ArchiveRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveRunner)

public:
    explicit ArchiveRunner(QObject *parent = nullptr);
    ~ArchiveRunner() override; // lets a running job finish: no half-written file is left

    // false (and nothing started) while a job runs.
    bool startExport(const QString &workspace, const QString &archivePath,
                     const QByteArray &passphrase);
    bool startImport(const QString &archivePath, const QString &destination,
                     const QByteArray &passphrase);
    bool isRunning() const { return m_job.isRunning(); }
    void waitForDone();

Q_SIGNALS:
    // ok, or the sentence to show.
    void finished(bool ok, const QString &message);

private:
    bool start(std::function<Status()> job);

    SingleJobThread m_job;
};

} // namespace leverage

#pragma once

#include "core/util/SingleJobThread.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace leverage {

// Runs WorkspaceBackup::rollingBackup on a thread of its own, so the window never waits for
// the copy; one backup at a time. finished() arrives on the owner's thread.
class BackupRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupRunner)

public:
    BackupRunner(QString source, QString folder, QObject *parent = nullptr);
    // Lets a running backup finish (its temporary file is never left half-written in place).
    ~BackupRunner() override;

    // Starts a backup taken at `now`, keeping `keepLast` recent ones besides one a day; false
    // (and nothing started) while one is running.
    bool start(const QDateTime &now, int keepLast = 10);
    bool isRunning() const { return m_job.isRunning(); }
    void waitForDone();

Q_SIGNALS:
    // ok: `detail` is the new backup's path; else the sentence to show.
    void finished(bool ok, const QString &detail);

private:
    QString m_source;
    QString m_folder;
    SingleJobThread m_job;
};

} // namespace leverage

#pragma once

#include "ui/models/backup/BackupSettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QUndoStack;

namespace leverage {
class BackupRunner;
}

namespace leverage::models {

class ErrorReporter;

// Backs the open workspace up after it changes: a couple of seconds after the first edit, then
// at most once per interval (ten minutes) while the user keeps editing, and once more when
// the workspace closes if anything changed since. The copy runs on BackupRunner's thread, so
// the window never waits for it; a failed copy is reported through the one error path.
class AutoBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoBackup)

public:
    // Every edit goes through `undoStack`, so its changes are the workspace's changes.
    AutoBackup(QString workspacePath, QUndoStack &undoStack, ErrorReporter &errors,
               QObject *parent = nullptr);
    // The closing backup, if anything changed since the last one. It finishes on its own
    // thread after this object is gone (the runner then belongs to the application, which
    // waits for it when it quits).
    ~AutoBackup() override;

    // Picks up changed settings (folder, how many) for the next backup.
    void applySettings(const BackupSettings &settings);
    const BackupSettings &settings() const { return m_settings; }
    void noteChange();
    // Whether an edit is waiting for its backup (a timer runs, or a copy is under way).
    bool isPending() const { return m_dirty || m_awaitingResult; }
    bool isRunning() const;

Q_SIGNALS:
    void backupWritten(const QString &path);

private:
    void schedule();
    void startBackup();
    void onFinished(bool ok, const QString &detail);
    void makeRunner();

    QString m_workspacePath;
    ErrorReporter &m_errors;
    BackupSettings m_settings;
    BackupRunner *m_runner = nullptr;
    QString m_runnerFolder;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;     // since the last backup started
    bool m_dirty = false;          // changed since the last backup started
    bool m_awaitingResult = false; // started, and its finished() not yet handled
};

} // namespace leverage::models

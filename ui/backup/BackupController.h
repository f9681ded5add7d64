#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QUndoStack;
class QWidget;

namespace leverage::models {
class AutoBackup;
class ErrorReporter;
} // namespace leverage::models

namespace leverage::ui {

// The backups around the main window: automatic backups of the open workspace, File → Backup
// Settings… and File → Restore from Backup…, which restores into a new file (never over the
// open one) and offers to open it. Failures go through the window's one error path.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    // Asks where to restore to; empty when the user cancels. Replaced by tests.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestion)>;

    BackupController(QWidget &window, models::ErrorReporter &errors, QObject *parent = nullptr);
    ~BackupController() override;

    // Starts the automatic backups of the workspace just opened.
    void attach(const QString &workspacePath, QUndoStack &undoStack);
    // Before the workspace closes: its closing backup, if anything changed.
    void detach();
    models::AutoBackup *autoBackup() const;

    void editSettings();
    // Runs the whole restore: choose a backup, a new file, copy, offer to open it.
    void restoreFromBackup();
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

Q_SIGNALS:
    // The user wants the restored copy open in the window.
    void openRequested(const QString &path);
    void message(const QString &text);

private:
    // Copies on a thread of its own while a short event loop keeps the window painting.
    bool restoreInto(const QString &backup, const QString &destination);

    QWidget &m_window;
    models::ErrorReporter &m_errors;
    QString m_workspacePath;
    QPointer<models::AutoBackup> m_auto;
    FileChooser m_chooseFile;
};

} // namespace leverage::ui

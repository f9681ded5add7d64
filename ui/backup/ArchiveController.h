#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace leverage {
class ArchiveRunner;
}

namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {

// File → Export Workspace Archive… and File → Import Workspace Archive…: asks for the file and
// an optional passphrase, then runs the work on a thread of its own (ArchiveRunner) behind a
// progress dialog, so the window keeps painting. An import goes into a new file only, and
// offers to open it. Failures go through the window's one error path.
class ArchiveController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveController)

public:
    enum class Choice
    {
        ArchiveToWrite,
        ArchiveToRead,
        NewWorkspace
    };
    // Asks for a path; empty when the user cancels. Replaced by tests.
    using FileChooser =
        std::function<QString(QWidget *parent, Choice choice, const QString &suggestion)>;
    // Asks for a passphrase (export: may be empty); nullopt when the user cancels.
    using PassphraseAsker =
        std::function<std::optional<QByteArray>(QWidget *parent, bool exporting)>;
    // Asks whether to open the imported workspace. Replaced by tests.
    using OpenQuestion = std::function<bool(QWidget *parent, const QString &fileName)>;

    ArchiveController(QWidget &window, models::ErrorReporter &errors, QObject *parent = nullptr);
    ~ArchiveController() override;

    void setWorkspace(const QString &workspacePath) { m_workspacePath = workspacePath; }
    void exportArchive();
    void importArchive();
    bool isRunning() const;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setPassphraseAsker(PassphraseAsker asker) { m_askPassphrase = std::move(asker); }
    void setOpenQuestion(OpenQuestion question) { m_askOpen = std::move(question); }

Q_SIGNALS:
    void openRequested(const QString &path);
    void message(const QString &text);
    // An export or import ended (after its messages and questions).
    void finished(bool ok);

private:
    void showProgress(const QString &label);
    void onFinished(bool ok, const QString &message);

    QWidget &m_window;
    models::ErrorReporter &m_errors;
    QString m_workspacePath;
    ArchiveRunner *m_runner = nullptr;
    QPointer<QProgressDialog> m_progress;
    bool m_exporting = false;
    QString m_target;
    FileChooser m_chooseFile;
    PassphraseAsker m_askPassphrase;
    OpenQuestion m_askOpen;
};

} // namespace leverage::ui

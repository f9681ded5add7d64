#include "ui/backup/BackupController.h"

#include "core/util/Logging.h"
#include "ui/backup/BackupSettingsDialog.h"
#include "ui/backup/RestoreBackupDialog.h"
#include "ui/models/backup/AutoBackup.h"
#include "ui/models/backup/BackupListModel.h"
#include "ui/models/common/ErrorReporter.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>
#include <QUndoStack>

namespace leverage::ui {

BackupController::BackupController(QWidget &window, models::ErrorReporter &errors, QObject *parent)
    : QObject(parent), m_window(window), m_errors(errors)
{
    m_chooseFile = [](QWidget *owner, const QString &suggestion) {
        return QFileDialog::getSaveFileName(owner, tr("Restore into a New Workspace"), suggestion,
                                            tr("Leverage workspaces (*.leverage)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
}

BackupController::~BackupController()
{
    detach();
}

void BackupController::attach(const QString &workspacePath, QUndoStack &undoStack)
{
    detach();
    m_workspacePath = workspacePath;
    m_auto = new models::AutoBackup(workspacePath, undoStack, m_errors, this);
}

models::AutoBackup *BackupController::autoBackup() const
{
    return m_auto;
}

void BackupController::detach()
{
    delete m_auto; // starts the closing backup, which finishes on its own thread
}

void BackupController::editSettings()
{
    BackupSettingsDialog dialog(models::BackupSettings::load(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto settings = dialog.settings();
    settings.save();
    if (m_auto)
        m_auto->applySettings(settings);
}

void BackupController::restoreFromBackup()
{
    const auto settings = models::BackupSettings::load();
    RestoreBackupDialog dialog(settings.folder, m_workspacePath, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QString backup = dialog.chosenBackup();
    const QFileInfo current(m_workspacePath);
    const QString suggestion = current.dir().filePath(
        tr("%1 restored %2.leverage")
            .arg(current.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm"))));
    QString destination = m_chooseFile(&m_window, suggestion);
    if (destination.isEmpty())
        return;
    if (QFileInfo(destination).suffix().isEmpty())
        destination += QStringLiteral(".leverage");
    const QFileInfo chosen(destination);
    if (chosen.exists() && chosen.canonicalFilePath() == current.canonicalFilePath()) {
        m_errors.reportError(tr("That is the workspace you have open. A backup is restored into "
                                "a new file: choose another name."));
        return;
    }
    if (!restoreInto(backup, destination))
        return;
    const auto cases = models::BackupListModel::casesIn(destination).value_or(0);
    Q_EMIT message(tr("Restored %n case(s) into %1.", nullptr, cases)
                       .arg(QDir::toNativeSeparators(destination)));
    const auto answer = QMessageBox::question(
        &m_window, tr("Backup Restored"),
        tr("The backup was restored into “%1” (%n case(s)). Open it now? The workspace you have "
           "open now stays as it is.",
           nullptr, cases)
            .arg(chosen.fileName()),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        Q_EMIT openRequested(destination);
}

bool BackupController::restoreInto(const QString &backup, const QString &destination)
{
    Status status;
    QEventLoop loop;
    QThread *thread = QThread::create([&status, backup, destination] {
        status = models::BackupListModel::restore(backup, destination);
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_window.setEnabled(false); // no edits meanwhile; the window still paints
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    m_window.setEnabled(true);
    QApplication::restoreOverrideCursor();
    if (!status) {
        logging::get("store")->error("restore from a backup failed");
        m_errors.reportError(status.message());
        return false;
    }
    logging::get("store")->info("a backup was restored into a new workspace");
    return true;
}

} // namespace leverage::ui

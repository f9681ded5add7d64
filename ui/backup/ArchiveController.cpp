#include "ui/backup/ArchiveController.h"

#include "core/archive/ArchiveRunner.h"
#include "core/archive/WorkspaceArchive.h"
#include "core/store/DocumentFile.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/models/common/ErrorReporter.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace leverage::ui {
namespace {

const char *const kArchiveSuffix = ".leverage-archive";

QString defaultChooser(QWidget *owner, ArchiveController::Choice choice, const QString &suggestion)
{
    const QString archives =
        QObject::tr("Leverage archives (*%1);;All files (*)").arg(QLatin1String(kArchiveSuffix));
    switch (choice) {
    case ArchiveController::Choice::ArchiveToWrite:
        return QFileDialog::getSaveFileName(owner, QObject::tr("Export Workspace Archive"),
                                            suggestion, archives);
    case ArchiveController::Choice::ArchiveToRead:
        return QFileDialog::getOpenFileName(owner, QObject::tr("Import Workspace Archive"),
                                            suggestion, archives);
    case ArchiveController::Choice::NewWorkspace:
        return QFileDialog::getSaveFileName(owner, QObject::tr("Import into a New Workspace"),
                                            suggestion,
                                            QObject::tr("Leverage workspaces (*.leverage)"),
                                            nullptr, QFileDialog::DontConfirmOverwrite);
    }
    return {};
}

std::optional<QByteArray> defaultAsker(QWidget *owner, bool exporting)
{
    PassphraseDialog dialog(
        exporting ? PassphraseDialog::Purpose::Export : PassphraseDialog::Purpose::Import, owner);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

bool defaultOpenQuestion(QWidget *owner, const QString &fileName)
{
    return QMessageBox::question(owner, QObject::tr("Archive Imported"),
                                 QObject::tr("The archive was imported into “%1”. Open it now? "
                                             "The workspace you have open now stays as it is.")
                                     .arg(fileName),
                                 QMessageBox::Open | QMessageBox::Close,
                                 QMessageBox::Open) == QMessageBox::Open;
}

QString withSuffix(QString path, const char *suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(suffix);
    return path;
}

} // namespace

ArchiveController::ArchiveController(QWidget &window, models::ErrorReporter &errors,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_errors(errors), m_runner(new ArchiveRunner(this)),
      m_chooseFile(&defaultChooser), m_askPassphrase(&defaultAsker), m_askOpen(&defaultOpenQuestion)
{
    connect(m_runner, &ArchiveRunner::finished, this, &ArchiveController::onFinished);
}

ArchiveController::~ArchiveController() = default; // the runner lets its job finish

bool ArchiveController::isRunning() const
{
    return m_runner->isRunning();
}

void ArchiveController::exportArchive()
{
    if (m_workspacePath.isEmpty() || isRunning())
        return;
    const QFileInfo workspace(m_workspacePath);
    const QString suggestion = workspace.dir().filePath(
        workspace.completeBaseName() + QLatin1Char(' ') +
        QDate::currentDate().toString(Qt::ISODate) + QLatin1String(kArchiveSuffix));
    const QString target =
        withSuffix(m_chooseFile(&m_window, Choice::ArchiveToWrite, suggestion), kArchiveSuffix);
    if (target.isEmpty())
        return;
    if (auto refused = DocumentFile::refusal(target); !refused) {
        m_errors.reportError(refused.message());
        return;
    }
    const auto passphrase = m_askPassphrase(&m_window, true);
    if (!passphrase)
        return;
    m_exporting = true;
    m_target = target;
    if (!m_runner->startExport(m_workspacePath, target, *passphrase))
        return;
    showProgress(tr("Writing the archive…"));
}

void ArchiveController::importArchive()
{
    if (isRunning())
        return;
    const QString folder =
        m_workspacePath.isEmpty() ? QDir::homePath() : QFileInfo(m_workspacePath).absolutePath();
    const QString archive = m_chooseFile(&m_window, Choice::ArchiveToRead, folder);
    if (archive.isEmpty())
        return;
    QByteArray passphrase;
    if (WorkspaceArchive::isEncryptedFile(archive)) {
        const auto given = m_askPassphrase(&m_window, false);
        if (!given)
            return;
        passphrase = *given;
    }
    const QFileInfo source(archive);
    QString name = source.fileName();
    if (name.endsWith(QLatin1String(kArchiveSuffix)))
        name.chop(int(qstrlen(kArchiveSuffix)));
    const QString destination =
        withSuffix(m_chooseFile(&m_window, Choice::NewWorkspace,
                                source.dir().filePath(tr("%1 imported.leverage").arg(name))),
                   ".leverage");
    if (destination.isEmpty())
        return;
    // Refused here as well as in the core: the user chooses again before any waiting.
    if (QFileInfo::exists(destination)) {
        m_errors.reportError(tr("“%1” already exists. An archive is imported into a new file: "
                                "choose a name that is not taken.")
                                 .arg(QFileInfo(destination).fileName()));
        return;
    }
    m_exporting = false;
    m_target = destination;
    if (!m_runner->startImport(archive, destination, passphrase))
        return;
    showProgress(tr("Checking and importing the archive…"));
}

void ArchiveController::showProgress(const QString &label)
{
    // Busy (no steps to count), window-modal: the window paints, but no second job starts.
    m_progress = new QProgressDialog(label, QString(), 0, 0, &m_window);
    m_progress->setObjectName(QStringLiteral("archiveProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setValue(0);
}

void ArchiveController::onFinished(bool ok, const QString &message)
{
    delete m_progress;
    const QString fileName = QFileInfo(m_target).fileName();
    if (!ok) {
        m_errors.reportError(message);
    } else if (m_exporting) {
        Q_EMIT this->message(
            tr("The archive was written to %1.").arg(QDir::toNativeSeparators(m_target)));
    } else {
        Q_EMIT this->message(
            tr("The archive was imported into %1.").arg(QDir::toNativeSeparators(m_target)));
        if (m_askOpen(&m_window, fileName))
            Q_EMIT openRequested(m_target);
    }
    Q_EMIT finished(ok);
}

} // namespace leverage::ui

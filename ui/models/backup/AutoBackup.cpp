#include "ui/models/backup/AutoBackup.h"

#include "core/store/BackupRunner.h"
#include "core/util/Logging.h"
#include "ui/models/common/ErrorReporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoStack>

namespace leverage::models {
namespace {
// A burst of edits (typing, an import's steps) settles into one copy.
constexpr int kSettleMs = 2000;
} // namespace

AutoBackup::AutoBackup(QString workspacePath, QUndoStack &undoStack, ErrorReporter &errors,
                       QObject *parent)
    : QObject(parent), m_workspacePath(std::move(workspacePath)), m_errors(errors),
      m_settings(BackupSettings::load())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::startBackup);
    connect(&undoStack, &QUndoStack::indexChanged, this, &AutoBackup::noteChange);
    makeRunner();
}

AutoBackup::~AutoBackup()
{
    m_timer.stop();
    if (m_dirty && m_runner->isRunning())
        m_runner->waitForDone(); // rare: the closing copy must follow the one under way
    const bool closing =
        m_dirty && m_runner->start(QDateTime::currentDateTimeUtc(), m_settings.keepLast);
    if (closing)
        logging::get("store")->info("closing backup started");
    if (m_runner->isRunning()) {
        m_runner->disconnect(this);
        m_runner->setParent(QCoreApplication::instance());
        connect(m_runner, &BackupRunner::finished, m_runner, [runner = m_runner](bool ok) {
            if (!ok)
                logging::get("store")->error("the closing backup failed");
            runner->deleteLater();
        });
    }
}

void AutoBackup::applySettings(const BackupSettings &settings)
{
    m_settings = settings;
    if (!m_runner->isRunning())
        makeRunner();
}

bool AutoBackup::isRunning() const
{
    return m_runner->isRunning();
}

void AutoBackup::makeRunner()
{
    if (m_runner && m_runnerFolder == m_settings.folder)
        return;
    delete m_runner;
    m_runnerFolder = m_settings.folder;
    m_runner = new BackupRunner(m_workspacePath, m_runnerFolder, this);
    connect(m_runner, &BackupRunner::finished, this, &AutoBackup::onFinished);
}

void AutoBackup::noteChange()
{
    m_dirty = true;
    schedule();
}

void AutoBackup::schedule()
{
    if (m_timer.isActive() || m_runner->isRunning())
        return; // the timer's copy, or the one running, is followed up in onFinished
    qint64 wait = kSettleMs;
    if (m_sinceLast.isValid())
        wait = qMax(wait, qint64(m_settings.intervalSeconds) * 1000 - m_sinceLast.elapsed());
    m_timer.start(int(wait));
}

void AutoBackup::startBackup()
{
    if (!m_dirty)
        return;
    makeRunner();
    if (!m_runner->start(QDateTime::currentDateTimeUtc(), m_settings.keepLast))
        return;
    m_dirty = false;
    m_awaitingResult = true;
    m_sinceLast.start();
}

void AutoBackup::onFinished(bool ok, const QString &detail)
{
    m_awaitingResult = false;
    if (ok) {
        logging::get("store")->info("automatic backup written");
        Q_EMIT backupWritten(detail);
    } else {
        m_errors.reportError(
            tr("%1 Check the backup folder in File → Backup Settings….").arg(detail));
    }
    makeRunner(); // settings changed while it ran
    if (m_dirty)
        schedule();
}

} // namespace leverage::models

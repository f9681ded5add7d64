#include "core/store/BackupRunner.h"

#include "core/store/WorkspaceBackup.h"
#include "core/util/BackgroundPriority.h"

#include <QMetaObject>
#include <QPointer>
#include <memory>
#include <utility>

namespace leverage {

BackupRunner::BackupRunner(QString source, QString folder, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_folder(std::move(folder))
{
}

BackupRunner::~BackupRunner()
{
    waitForDone();
}

bool BackupRunner::start(const QDateTime &now, int keepLast)
{
    auto result = std::make_shared<std::pair<bool, QString>>();
    return m_job.start(
        [this, now, keepLast, result] {
            lowerCurrentThreadPriority(); // nobody waits for it; the window comes first
            auto written = WorkspaceBackup::rollingBackup(m_source, m_folder, now, keepLast);
            *result = {bool(written), written ? *written : written.message()};
        },
        [this, result] {
            QMetaObject::invokeMethod(
                this, [this, result] { Q_EMIT finished(result->first, result->second); },
                Qt::QueuedConnection);
        });
}

void BackupRunner::waitForDone()
{
    m_job.wait();
}

} // namespace leverage

#include "core/search/IndexBuilder.h"

#include "core/store/SearchIndexBuild.h"
#include "core/store/SideConnection.h"

#include <QMutexLocker>
#include <QThread>

namespace leverage::search {

IndexBuilder::IndexBuilder(QString workspacePath, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath))
{
}

IndexBuilder::~IndexBuilder()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IndexBuilder::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("search-index"));
    m_thread->start();
}

void IndexBuilder::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_build)
        m_build->cancel();
}

bool IndexBuilder::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

// On the build's thread.
void IndexBuilder::run()
{
    const auto post = [this](auto signal) {
        QMetaObject::invokeMethod(this, std::move(signal), Qt::QueuedConnection);
    };
    Status status;
    {
        SideConnection connection(m_path);
        status = connection.status();
        if (status) {
            SearchIndexBuild build(connection.database(), connection.dialect());
            {
                QMutexLocker lock(&m_mutex);
                m_build = &build;
                if (m_cancelled)
                    build.cancel();
            }
            status = build.run([&](qint64 done, qint64 total) {
                post([this, done, total] { Q_EMIT progressed(done, total); });
            });
            QMutexLocker lock(&m_mutex);
            m_build = nullptr;
        }
    }
    post([this, built = bool(status), message = status ? QString() : status.message()] {
        Q_EMIT finished(built, message);
    });
}

} // namespace leverage::search

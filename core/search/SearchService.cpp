#include "core/search/SearchService.h"

#include "core/store/SearchIndex.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace leverage::search {

SearchService::SearchService(QString workspacePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_clock(clock)
{
    if (ServerAddress::isServerUrl(m_path))
        if (auto address = ServerAddress::parse(m_path))
            m_server = *address;
    startThread();
}

SearchService::SearchService(const ServerAddress &server, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(server.displayUrl()), m_server(server), m_clock(clock)
{
    startThread();
}

void SearchService::startThread()
{
    m_thread.setObjectName(QStringLiteral("search"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The connection is opened and closed on the thread that uses it.
    connect(&m_thread, &QThread::finished, m_context, [this] {
        m_index.reset();
        m_workspace.reset();
    });
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest.fetch_add(1); // anything still queued is now moot
    interruptRunning();
    m_thread.quit();
    m_thread.wait();
}

ParsedQuery SearchService::submit(const QString &text, int limit)
{
    auto parsed = QueryParser::parse(text);
    const quint64 generation = m_latest.fetch_add(1) + 1;
    if (!parsed)
        return parsed;
    interruptRunning();
    if (parsed.query.isEmpty())
        return parsed; // nothing to look for: the older ones are moot all the same
    QMetaObject::invokeMethod(
        m_context,
        [this, generation, text, query = parsed.query, limit] {
            run(generation, text, query, limit);
        },
        Qt::QueuedConnection);
    return parsed;
}

void SearchService::interruptRunning()
{
    QMutexLocker lock(&m_mutex);
    if (m_running && m_index)
        m_index->interrupt();
}

// On the search thread.
void SearchService::run(quint64 generation, const QString &text, const SearchQuery &query,
                        int limit)
{
    if (generation != m_latest.load())
        return; // a newer query is queued behind this one
    auto post = [this](auto signal) {
        QMetaObject::invokeMethod(this, std::move(signal), Qt::QueuedConnection);
    };
    if (!m_workspace) {
        Workspace::Options options;
        options.access = Workspace::Access::ReadOnly;
        auto opened = m_server.database.isEmpty()
                          ? Workspace::open(m_path, m_clock, options)
                          : Workspace::openServer(m_server, m_clock, options);
        if (!opened) {
            post([this, generation, message = opened.message()] {
                Q_EMIT failed(generation, message);
            });
            return;
        }
        m_workspace = std::move(*opened);
        QMutexLocker lock(&m_mutex);
        m_index = std::make_unique<SearchIndex>(*m_workspace);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_running = true;
    }
    QElapsedTimer timer;
    timer.start();
    auto hits = m_index->search(query, limit);
    {
        QMutexLocker lock(&m_mutex);
        m_running = false;
    }
    if (generation != m_latest.load())
        return; // interrupted or overtaken: its answer would only flicker
    logging::get("search")->debug("search {} in {} ms", generation, timer.elapsed());
    if (!hits) {
        post([this, generation, message = hits.message()] { Q_EMIT failed(generation, message); });
        return;
    }
    post([this, generation, text, hits = *hits] { Q_EMIT resultsReady(generation, text, hits); });
}

} // namespace leverage::search

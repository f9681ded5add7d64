#pragma once

#include "core/domain/SearchQuery.h"
#include "core/search/QueryParser.h"
#include "core/store/ServerAddress.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace leverage {

class Clock;
class SearchIndex;
class Workspace;

namespace search {

// Runs searches off the GUI thread, on a read connection of its own to the workspace file
// (WAL lets it read beside the window's writes) or to the team workspace's server. submit() only
// parses and posts, so typing never waits; a newer query makes every older one moot: one still
// queued is skipped, one running is interrupted inside SQLite. Answers arrive on the owner's
// thread.
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    SearchService(QString workspacePath, const Clock &clock, QObject *parent = nullptr);
    // On a team workspace: a connection of its own to the server, with the same login (a
    // typed password included) as the window's.
    SearchService(const ServerAddress &server, const Clock &clock, QObject *parent = nullptr);
    ~SearchService() override; // interrupts a running search and waits for it to stop

    // Parses text (a failed parse is returned and nothing runs) and starts the search; an
    // empty query runs nothing and has no answer.
    ParsedQuery submit(const QString &text, int limit = 50);
    // The generation of the newest submitted query (results carry theirs).
    quint64 latestGeneration() const { return m_latest.load(); }

Q_SIGNALS:
    void resultsReady(quint64 generation, const QString &text,
                      const QList<leverage::SearchHit> &hits);
    void failed(quint64 generation, const QString &message);

private:
    void startThread();
    void run(quint64 generation, const QString &text, const SearchQuery &query, int limit);
    void interruptRunning();

    QString m_path;
    ServerAddress m_server; // empty host: m_path names the file, or a server through ~/.pgpass
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    std::atomic<quint64> m_latest{0};
    // Worker-thread state; m_mutex guards m_running for interruptions from the owner.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SearchIndex> m_index;
    QMutex m_mutex;
    bool m_running = false;
};

} // namespace search
} // namespace leverage

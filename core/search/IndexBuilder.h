#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace leverage {
class SearchIndexBuild;
}

namespace leverage::search {

// Builds a workspace's search index on a thread and a connection of its own, so the window
// keeps drawing (and can offer Cancel) through a build of minutes. cancel() rolls the whole
// build back: the index stays as it was, not ready.
class IndexBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexBuilder)

public:
    explicit IndexBuilder(QString workspacePath, QObject *parent = nullptr);
    ~IndexBuilder() override; // cancels a build under way and waits for it to stop

    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Rows of the indexed tables done of total; on the owner's thread.
    void progressed(qint64 done, qint64 total);
    // built: the index is current; else message says why (cancelled, or what failed).
    void finished(bool built, const QString &message);

private:
    void run();

    QString m_path;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex; // guards m_build for cancel() from the owner's thread
    SearchIndexBuild *m_build = nullptr;
    bool m_cancelled = false;
};

} // namespace leverage::search

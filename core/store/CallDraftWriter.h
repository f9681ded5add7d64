#pragma once

#include "core/domain/Ids.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace leverage {

// Saves live calls' drafts on a thread of its own, over a second connection to the workspace
// file, so the thread the user types on never waits for the disk. Only the newest payload of
// a draft matters: a save queued while another is waiting replaces it. Signals arrive on the
// owner's thread.
class CallDraftWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDraftWriter)

public:
    explicit CallDraftWriter(const QString &filePath, int busyTimeoutMs = 5000,
                             QObject *parent = nullptr);
    // Writes what is still queued, then stops.
    ~CallDraftWriter() override;

    void save(RowId draftId, RowId caseId, const QString &payload, qint64 nowMs);
    // Waits until every queued save is written (before filing or discarding the call).
    void flush();

Q_SIGNALS:
    void saved(qint64 draftId, qint64 microseconds);
    void failed(qint64 draftId, const QString &message);

private:
    struct Job
    {
        RowId caseId = 0;
        QString payload;
        qint64 nowMs = 0;
    };
    void run();

    QString m_filePath;
    int m_busyTimeoutMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    QHash<RowId, Job> m_pending;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace leverage

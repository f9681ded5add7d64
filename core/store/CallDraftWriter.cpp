#include "core/store/CallDraftWriter.h"

#include "core/store/SideConnection.h"
#include "core/store/Statement.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace leverage {
namespace {

Status writeDraft(const SideConnection &connection, RowId draftId, RowId caseId,
                  const QString &payload, qint64 nowMs)
{
    const auto db = connection.database();
    if (auto status = Statement(db, connection.dialect().beginWrite()).exec(); !status)
        return status;
    Statement update(db, QStringLiteral("UPDATE call_drafts SET payload = :payload, case_id = "
                                        ":case, updated_at = :now, version = version + 1 WHERE "
                                        "id = :id"));
    update.bind(QStringLiteral(":payload"), payload)
        .bind(QStringLiteral(":case"),
              caseId > 0 ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":now"), nowMs)
        .bind(QStringLiteral(":id"), draftId);
    auto status = update.exec();
    if (status && update.rowsAffected() != 1)
        status =
            Error{Error::Code::NotFound,
                  QCoreApplication::translate("leverage", "The call's draft no longer exists.")};
    if (!status) {
        Statement(db, QStringLiteral("ROLLBACK")).exec();
        return status;
    }
    return Statement(db, QStringLiteral("COMMIT")).exec();
}

} // namespace

CallDraftWriter::CallDraftWriter(const QString &filePath, int busyTimeoutMs, QObject *parent)
    : QObject(parent), m_filePath(filePath), m_busyTimeoutMs(busyTimeoutMs),
      m_thread([this] { run(); })
{
}

CallDraftWriter::~CallDraftWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void CallDraftWriter::save(RowId draftId, RowId caseId, const QString &payload, qint64 nowMs)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.insert(draftId, {caseId, payload, nowMs});
    }
    m_wake.notify_one();
}

void CallDraftWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_pending.isEmpty() && !m_busy; });
}

void CallDraftWriter::run()
{
    auto log = logging::get("calls");
    {
        // The connection belongs to this thread: opened, used and closed here only.
        SideConnection connection(m_filePath, m_busyTimeoutMs);
        const bool open = connection.status().isOk();
        if (!open)
            log->error("draft writer could not open the workspace");

        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stopping || !m_pending.isEmpty(); });
            if (m_pending.isEmpty())
                break; // stopping, and nothing left to write
            const auto draftId = m_pending.begin().key();
            const auto job = m_pending.take(draftId);
            m_busy = true;
            lock.unlock();
            QElapsedTimer timer;
            timer.start();
            const auto status =
                open ? writeDraft(connection, draftId, job.caseId, job.payload, job.nowMs)
                     : Status(Error{Error::Code::Io,
                                    QCoreApplication::translate(
                                        "leverage", "The call could not be saved in the "
                                                    "background; the log has the details.")});
            const qint64 us = timer.nsecsElapsed() / 1000;
            if (status)
                Q_EMIT saved(draftId, us);
            else
                Q_EMIT failed(draftId, status.message());
            lock.lock();
            m_busy = false;
            if (m_pending.isEmpty())
                m_idle.notify_all();
        }
        m_idle.notify_all();
    }
}

} // namespace leverage

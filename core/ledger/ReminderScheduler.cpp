#include "core/ledger/ReminderScheduler.h"

#include "core/services/Clock.h"
#include "core/store/LedgerRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <algorithm>

namespace leverage {

ReminderScheduler::ReminderScheduler(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace),
      m_lastLookMs(workspace.clock().now().toMSecsSinceEpoch())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::rearm);
    const auto changed = [this] { rearm(); };
    connect(&workspace, &Workspace::followUpAdded, this, changed);
    connect(&workspace, &Workspace::followUpChanged, this, changed);
    connect(&workspace, &Workspace::followUpRemoved, this, changed);
    connect(&workspace, &Workspace::commitmentAdded, this, changed);
    connect(&workspace, &Workspace::commitmentChanged, this, changed);
    connect(&workspace, &Workspace::commitmentRemoved, this, changed);
    connect(&workspace, &Workspace::bulkChange, this, changed);
    rearm();
}

void ReminderScheduler::setDatedMoments(DatedMoments moments)
{
    const bool first = !m_datedMoments;
    m_datedMoments = std::move(moments);
    if (first) // a case's clock triggers and rules change with the case
        connect(&m_workspace, &Workspace::caseChanged, this, [this] { rearm(); });
    rearm();
}

void ReminderScheduler::rearm()
{
    const qint64 nowMs = m_workspace.clock().now().toMSecsSinceEpoch();
    LedgerRepository ledger(m_workspace);
    const QList<Dated> dated = m_datedMoments ? m_datedMoments() : QList<Dated>{};
    if (nowMs > m_lastLookMs) {
        const auto due = ledger.dueBetween(m_lastLookMs, nowMs);
        if (!due) {
            logging::get("ledger")->warn("reminders: could not read due items");
            return; // try again on the next change; m_lastLookMs kept so nothing is skipped
        }
        const qint64 lastLookMs = m_lastLookMs;
        m_lastLookMs = nowMs;
        for (const auto &item : *due) {
            logging::get("ledger")->info("reminder due: kind {} id {}", int(item.kind), item.id);
            Q_EMIT reminderDue(item.kind, item.id);
        }
        for (const auto &moment : dated)
            if (moment.atMs > lastLookMs && moment.atMs <= nowMs) {
                logging::get("ledger")->info("dated reminder due: case {}", moment.caseId);
                Q_EMIT datedReminderDue(moment.caseId, moment.what);
            }
    }
    const auto next = ledger.nextDueAfter(m_lastLookMs);
    m_nextDueMs = next ? *next : std::nullopt;
    for (const auto &moment : dated)
        if (moment.atMs > m_lastLookMs && (!m_nextDueMs || moment.atMs < *m_nextDueMs))
            m_nextDueMs = moment.atMs;
    if (!m_nextDueMs) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*m_nextDueMs - nowMs, 0, kLongestWaitMs);
    m_timer.start(int(wait));
}

} // namespace leverage

#pragma once

#include "core/domain/Ids.h"
#include "core/ledger/LedgerItemKind.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace leverage {

class Workspace;

// Tells when a follow-up comes due (or its snooze ends) or a pending commitment passes its
// due time, while the program runs. One single-shot timer is set to the next due moment and
// set again whenever follow-ups or commitments change: nothing wakes up to poll.
// Only moments after the scheduler started are announced; what was already overdue then is
// the agenda's business, not a burst of notifications.
class ReminderScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderScheduler)

public:
    explicit ReminderScheduler(Workspace &workspace, QObject *parent = nullptr);

    // A dated moment of another feature to remind of (a clock's date, issue 19): its case and
    // the words to show.
    struct Dated
    {
        qint64 atMs = 0;
        RowId caseId = 0;
        QString what;
    };
    using DatedMoments = std::function<QList<Dated>()>;
    // Also announce these (read again at every look, and when a case changes).
    void setDatedMoments(DatedMoments moments);

    // The moment the timer waits for (UTC ms), if anything is ahead.
    std::optional<qint64> nextDueMs() const { return m_nextDueMs; }
    bool isArmed() const { return m_timer.isActive(); }
    int timerIntervalMs() const { return m_timer.interval(); }

public Q_SLOTS:
    // Announces what came due since the last look (by the workspace clock) and sets the timer
    // to the next due moment. Called by the timer and on every relevant workspace change.
    void rearm();

Q_SIGNALS:
    void reminderDue(leverage::LedgerItemKind kind, leverage::RowId id);
    void datedReminderDue(leverage::RowId caseId, const QString &what);

private:
    // QTimer takes an int of milliseconds; far moments are approached in steps of a day.
    static constexpr qint64 kLongestWaitMs = 24LL * 3600 * 1000;

    Workspace &m_workspace;
    QTimer m_timer;
    qint64 m_lastLookMs = 0;
    std::optional<qint64> m_nextDueMs;
    DatedMoments m_datedMoments;
};

} // namespace leverage

#pragma once

#include "core/domain/FollowUp.h"
#include "core/ledger/Dueness.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <array>

namespace leverage {

class Workspace;

// The open follow-ups sorted into the agenda's buckets for a given now: overdue, today,
// this week, later (and "due now": a window that is open). Done follow-ups are left out; a snoozed
// one sits where its snooze ends.
class FollowUpAgenda final
{
public:
    static constexpr std::array<Dueness, 5> kBuckets{
        Dueness::Overdue, Dueness::DueNow, Dueness::DueToday, Dueness::DueThisWeek, Dueness::Later};

    FollowUpAgenda() = default;
    // Sorts the given follow-ups (done ones are dropped), each bucket soonest first.
    FollowUpAgenda(const QList<FollowUp> &followUps, const QDateTime &now);
    // The workspace's open follow-ups at the workspace clock's now, with `more` dated rows of
    // other features (the clocks' dates: not stored, id 0).
    static Result<FollowUpAgenda> load(Workspace &workspace, const QList<FollowUp> &more = {});

    const QList<FollowUp> &bucket(Dueness dueness) const;
    const QList<FollowUp> &bucketAt(int index) const { return m_buckets[std::size_t(index)]; }
    int size() const;
    QDateTime now() const { return m_now; }

private:
    QDateTime m_now;
    std::array<QList<FollowUp>, kBuckets.size()> m_buckets;
};

} // namespace leverage

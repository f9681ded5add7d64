#include "core/ledger/FollowUpAgenda.h"

#include "core/ledger/CommitmentDueness.h"
#include "core/services/Clock.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"

#include <algorithm>

namespace leverage {

FollowUpAgenda::FollowUpAgenda(const QList<FollowUp> &followUps, const QDateTime &now) : m_now(now)
{
    for (const auto &followUp : followUps) {
        const auto dueness = CommitmentDueness::classify(followUp, now);
        const auto it = std::find(kBuckets.begin(), kBuckets.end(), dueness);
        if (it != kBuckets.end())
            m_buckets[std::size_t(it - kBuckets.begin())].append(followUp);
    }
    for (auto &bucket : m_buckets)
        std::stable_sort(bucket.begin(), bucket.end(), [](const FollowUp &a, const FollowUp &b) {
            const auto da = CommitmentDueness::effectiveWindow(a).start();
            const auto db = CommitmentDueness::effectiveWindow(b).start();
            if (da.isNull() != db.isNull())
                return db.isNull(); // undated last
            return da.utcMs < db.utcMs;
        });
}

Result<FollowUpAgenda> FollowUpAgenda::load(Workspace &workspace, const QList<FollowUp> &more)
{
    auto open = workspace.followUps().open();
    if (!open)
        return open.error();
    return FollowUpAgenda(*open + more, workspace.clock().now());
}

const QList<FollowUp> &FollowUpAgenda::bucket(Dueness dueness) const
{
    static const QList<FollowUp> none;
    const auto it = std::find(kBuckets.begin(), kBuckets.end(), dueness);
    return it == kBuckets.end() ? none : m_buckets[std::size_t(it - kBuckets.begin())];
}

int FollowUpAgenda::size() const
{
    int total = 0;
    for (const auto &bucket : m_buckets)
        total += int(bucket.size());
    return total;
}

} // namespace leverage

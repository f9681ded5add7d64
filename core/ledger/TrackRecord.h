#pragma once

#include <QString>
#include <optional>

namespace leverage {

// What came of the promises of one person or one organization.
struct TrackRecord
{
    int made = 0;
    int kept = 0;
    int broken = 0;
    int pending = 0;
    int withdrawn = 0;

    // kept / (kept + broken); none while nothing has been settled either way.
    std::optional<double> shareKept() const
    {
        if (kept + broken == 0)
            return std::nullopt;
        return double(kept) / double(kept + broken);
    }
    // "Promises: 5 made, 3 kept, 1 broken, 1 pending — 75 % kept"
    QString summary() const;

    friend bool operator==(const TrackRecord &, const TrackRecord &) = default;
};

} // namespace leverage

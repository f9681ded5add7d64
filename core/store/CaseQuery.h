#pragma once

#include "core/domain/CaseStatus.h"

#include <QString>
#include <optional>

namespace leverage {

// What the cases list shows: a status filter, words to find in titles, and an order.
struct CaseQuery
{
    enum class SortBy
    {
        Title,
        Organization,
        Status,
        Opened,
        LastActivity
    };

    std::optional<CaseStatus> status;
    QString titleContains;
    SortBy sortBy = SortBy::LastActivity;
    bool descending = true;

    friend bool operator==(const CaseQuery &, const CaseQuery &) = default;
};

} // namespace leverage

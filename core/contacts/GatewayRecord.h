#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"

#include <QString>
#include <optional>

namespace leverage {

// How a contact has done for the user so far, from every case's timeline.
enum class TrackVerdict
{
    NotEnoughHistory, // too few rated involvements to say
    CanDo,            // "can-do, go-to": helped more than once, helpful on average
    OneAndDone        // helped once, then unhelpful or unanswered
};

QString trackVerdictKey(TrackVerdict verdict);
QString trackVerdictLabel(TrackVerdict verdict);

struct GatewayRecord
{
    RowId contactId = 0;
    int timesInvolved = 0; // entries they were the person of, or took part in
    int casesTouched = 0;
    int ratedCount = 0;  // involvements with a helpfulness rating
    int helpedCount = 0; // rated 4 or 5
    std::optional<double> averageHelpfulness;
    Instant lastContact;
    TrackVerdict verdict = TrackVerdict::NotEnoughHistory;

    static constexpr int kHelpfulAtLeast = 4;
};

// "3 times in 2 cases", "once in 1 case", "not involved yet".
QString involvementSummary(const GatewayRecord &record);

} // namespace leverage

#pragma once

#include "core/domain/Channel.h"
#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

#include <optional>

namespace leverage {

// One call, e-mail, letter, chat, visit or note on a case. The person's name and position are
// copied at the time: a contact's title changes, the record of who said what must not.
struct TimelineEntry
{
    RowMeta meta;
    RowId caseId = 0;
    Channel channel = Channel::Call;
    Instant occurredAt;
    int durationSeconds = 0;
    int holdSeconds = 0;
    RowId contactId = 0;
    QString personName;
    QString personPosition;
    QString referenceNumber;
    QString summary;
    QString notes;
    std::optional<int> effort;      // 1 easy … 5 very difficult
    std::optional<int> helpfulness; // 1 unhelpful … 5 very helpful
    bool serviceFailure = false;    // wrong information, a promise to forward never kept …
    bool isPrivate = false;         // left out of a dossier unless asked for

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

} // namespace leverage

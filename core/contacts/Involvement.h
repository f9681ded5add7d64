#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"

#include <optional>

namespace leverage {

// One time a contact was involved in a case: as the entry's person or as a participant.
struct Involvement
{
    RowId entryId = 0;
    RowId caseId = 0;
    Instant occurredAt;
    std::optional<int> helpfulness; // the participant's rating, else the entry's
};

} // namespace leverage

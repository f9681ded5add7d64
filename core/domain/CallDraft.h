#pragma once

#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// A call in progress, saved as the user types; payload is the call-notes state as JSON.
struct CallDraft
{
    RowMeta meta;
    RowId caseId = 0;
    Instant startedAt;
    QString payload;

    friend bool operator==(const CallDraft &, const CallDraft &) = default;
};

} // namespace leverage

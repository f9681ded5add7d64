#pragma once

#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// Something the user must do or expect, with a due time.
struct FollowUp
{
    RowMeta meta;
    RowId caseId = 0;
    RowId contactId = 0;
    RowId commitmentId = 0;
    QString what;
    Instant dueAt;
    Instant doneAt;
    Instant snoozedUntil;
    QString notes;

    bool isDone() const { return !doneAt.isNull(); }
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

} // namespace leverage

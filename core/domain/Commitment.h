#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// Something the company's people promised: what, by whom, when, due when, and what came of it.
struct Commitment
{
    RowMeta meta;
    RowId caseId = 0;
    RowId entryId = 0;   // the timeline entry where it was made, if any
    RowId contactId = 0; // who made it, if known as a contact
    QString madeByName;
    QString what;
    Instant madeAt;
    Instant dueAt; // may be null: "soon"
    CommitmentStatus status = CommitmentStatus::Pending;
    Instant statusChangedAt;
    QString statusNote;

    friend bool operator==(const Commitment &, const Commitment &) = default;
};

} // namespace leverage

#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/DueWindow.h"
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
    Instant dueAt;   // may be null: "soon"; the close of a window
    Instant dueFrom; // the opening of a window (or the moment "within N hours" counts from)
    DueForm dueForm = DueForm::Moment;
    int dueWithinMinutes = 0;
    // Who will act on it when it is not the person who promised ("the supervisor will call
    // back", said the rep): a contact, or a name only.
    RowId actorId = 0;
    QString actorName;
    CommitmentStatus status = CommitmentStatus::Pending;
    Instant statusChangedAt;
    QString statusNote;

    DueWindow due() const { return dueWindowOf(*this); }
    void setDue(const DueWindow &due) { setDueWindow(*this, due); }
    friend bool operator==(const Commitment &, const Commitment &) = default;
};

} // namespace leverage

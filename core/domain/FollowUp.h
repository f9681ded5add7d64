#pragma once

#include "core/domain/DueWindow.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// Something the user must do or expect, with a due moment or window; contactId is who will
// act (the supervisor who calls back), or the person it is about.
struct FollowUp
{
    RowMeta meta;
    RowId caseId = 0;
    RowId contactId = 0;
    RowId commitmentId = 0;
    QString what;
    Instant dueAt;   // the moment, or the close of a window
    Instant dueFrom; // the opening of a window
    DueForm dueForm = DueForm::Moment;
    int dueWithinMinutes = 0;
    Instant doneAt;
    Instant snoozedUntil;
    QString notes;

    bool isDone() const { return !doneAt.isNull(); }
    DueWindow due() const { return dueWindowOf(*this); }
    void setDue(const DueWindow &due) { setDueWindow(*this, due); }
    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

} // namespace leverage

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/domain/TimelineEntry.h"

#include <QList>
#include <functional>
#include <optional>

namespace leverage {

// Where a case stands on its escalation path: the stored steps read together with the case's
// timeline. A level counts as reached when the step says so (it became current, with the
// moment recorded) or when the timeline shows a contact at that level (the first call with a
// front-line rep reaches "Front-line service" at that call's time). The one source for the
// pane, the model, Escalate and the dossier.
struct EscalationStanding
{
    struct Level
    {
        EscalationStep step;      // as stored
        EscalationStatus status;  // as it stands: a reached level before `at` is done, `at` current
        Instant reachedAt;        // null: not reached (or reached before dates were recorded)
        RowId reachedByEntry = 0; // the timeline entry that reached it, when read from there
    };

    QList<Level> levels; // in path order
    int at = -1;         // the furthest level reached; -1: not started
    int next = -1;       // the first planned level after it, where Escalate goes; -1: none

    // `levelOf` guesses the level of an entry's person (a contact's position, or the position
    // copied on the entry); entries come in time order.
    using LevelOfEntry = std::function<std::optional<EscalationLevel>(const TimelineEntry &)>;
    static EscalationStanding read(const QList<EscalationStep> &steps,
                                   const QList<TimelineEntry> &entries,
                                   const LevelOfEntry &levelOf);

    // The same in steps, for a timeline read a page at a time (a case of 10,000 entries is
    // never in memory at once): start from the path, note each page of entries in time order,
    // then settle where the case stands. note() returns false once no later entry can change
    // a level's reached moment.
    static EscalationStanding start(const QList<EscalationStep> &steps);
    bool note(const QList<TimelineEntry> &entries, const LevelOfEntry &levelOf);
    void settle();
};

// The level a person's position suggests ("Customer service supervisor": Supervisor);
// someone of another organization than the case's is a third party.
EscalationLevel levelForPosition(const QString &position, bool otherOrganization);

} // namespace leverage

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/domain/TimelineEntry.h"
#include "core/escalation/EscalationReadiness.h"
#include "core/escalation/EscalationStanding.h"
#include "core/escalation/EscalationTargets.h"
#include "core/escalation/EscalationTemplate.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

class Workspace;

// The rules of a case's escalation path: climbing it, starting it from a template, and the
// whole-path writes undo needs. Every operation is one transaction: all of it or nothing.
class EscalationService final
{
public:
    // What one escalation changed, enough to take it back and to do it again exactly.
    struct Escalation
    {
        RowId caseId = 0;
        QList<EscalationStep> before; // the steps it changed, as they were
        QList<EscalationStep> after;  // the same steps, as it left them
        TimelineEntry note;           // the contact attempt it wrote on the timeline
    };

    // Who the user goes to, and how: the contact attempt Escalate writes on the timeline.
    struct Attempt
    {
        RowId stepId = 0;    // the level to go to; 0: the next planned one
        RowId contactId = 0; // the person; 0: the step's own target
        Channel channel = Channel::Call;
        QString summary; // empty: "Escalated from … to …"
    };

    // When a step of the path was reached (became current) and when it was done.
    struct LevelReached
    {
        RowId stepId = 0;
        EscalationLevel level = EscalationLevel::FrontLine;
        EscalationStatus status = EscalationStatus::Planned;
        QString description; // "Supervisor (Tanya Brooks)"
        Instant reachedAt;   // recorded, or the first contact at the level; null when not known
        Instant doneAt;
    };

    // `readiness` may say a level is too early (see EscalationReadiness); none: never.
    explicit EscalationService(Workspace &workspace,
                               const EscalationReadiness *readiness = nullptr);

    // The clocks that may say a level is too early (issue 19); none: never.
    void setReadiness(const EscalationReadiness *readiness) { m_readiness = readiness; }

    // Where the case stands: the path read with its timeline (see EscalationStanding).
    Result<EscalationStanding> standing(RowId caseId) const;

    // Goes to the next level: every level reached so far is done (with the moment it was
    // reached kept), the attempt's step becomes current, reached now, aimed at the attempt's
    // person, and the contact attempt goes on the timeline.
    Result<Escalation> escalate(RowId caseId, const Attempt &attempt);
    Result<Escalation> escalate(RowId caseId); // to the next planned level, its own target
    // A sentence when a clock of the case says going to `step` now is too early.
    std::optional<QString> tooEarly(RowId caseId, const EscalationStep &step) const;
    Status undoEscalation(const Escalation &escalation);
    // Does it again exactly, with the same note entry (same id).
    Status redoEscalation(const Escalation &escalation);

    // Appends a template's steps to an empty path; refuses a path that has steps.
    Result<QList<EscalationStep>> applyTemplate(RowId caseId, EscalationTemplate which);

    // Adds a step at `index` of its path (-1 or past the end: at the end).
    Status insertStep(EscalationStep &step, int index);
    // Puts back removed steps with their ids, each at its recorded position.
    Status restoreSteps(const QList<EscalationStep> &steps);
    Status removeSteps(const QList<RowId> &stepIds);
    // Writes what a person edits (level, target, status, dates, note) of each step as given,
    // over the stored row whatever its version; the position is left as stored.
    Status writeSteps(const QList<EscalationStep> &steps);
    // The steps that change when `stepId` becomes the current one, as they would be after:
    // another current step before it is done now, one after it goes back to planned.
    Result<QList<EscalationStep>> planMakeCurrent(RowId stepId) const;

    // A planned step aimed at a contact, its level guessed from the contact's position and
    // whether they work for the case's organization (a person can change it afterwards).
    Result<EscalationStep> stepForContact(RowId caseId, RowId contactId) const;

    // Each step that was reached, in path order, for the dossier and the timeline.
    Result<QList<LevelReached>> levelReachedDates(RowId caseId) const;

    const EscalationTargets &targets() const { return m_targets; }

private:
    std::optional<EscalationLevel> levelOfEntry(RowId caseOrganizationId,
                                                const TimelineEntry &entry) const;

    Workspace &m_workspace;
    const EscalationReadiness *m_readiness;
    EscalationTargets m_targets;
};

} // namespace leverage

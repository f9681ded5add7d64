#include "core/escalation/EscalationService.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <algorithm>

namespace leverage {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

// What a person edits on a step; the position belongs to the path and is left alone.
void copyEditable(const EscalationStep &from, EscalationStep &to)
{
    to.level = from.level;
    to.contactId = from.contactId;
    to.organizationId = from.organizationId;
    to.targetText = from.targetText;
    to.status = from.status;
    to.targetDate = from.targetDate;
    to.doneAt = from.doneAt;
    to.note = from.note;
}

} // namespace

EscalationService::EscalationService(Workspace &workspace)
    : m_workspace(workspace), m_targets(workspace)
{
}

Result<EscalationService::Escalation> EscalationService::escalate(RowId caseId)
{
    auto path = m_workspace.escalation().forCase(caseId);
    if (!path)
        return path.error();
    const auto &steps = *path;
    int current = -1;
    for (int i = 0; i < steps.size() && current < 0; ++i)
        if (steps.at(i).status == EscalationStatus::Current)
            current = i;
    int next = -1;
    for (int i = current + 1; i < steps.size() && next < 0; ++i)
        if (steps.at(i).status == EscalationStatus::Planned)
            next = i;
    if (next < 0) {
        if (current < 0)
            return Error{Error::Code::Invalid,
                         tr("This case's escalation path has no planned step to start at. Add a "
                            "step to the path first.")};
        return Error{Error::Code::Invalid,
                     tr("There is no planned step after %1. Add the next step to the path first.")
                         .arg(m_targets.describe(steps.at(current)))};
    }

    Escalation escalation;
    escalation.caseId = caseId;
    const auto now = Instant::fromDateTime(m_workspace.clock().now());
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    if (current >= 0) {
        auto done = steps.at(current);
        escalation.before.append(done);
        done.status = EscalationStatus::Done;
        done.doneAt = now;
        if (auto status = m_workspace.escalation().update(done); !status)
            return status.error();
        escalation.after.append(done);
    }
    auto reached = steps.at(next);
    escalation.before.append(reached);
    reached.status = EscalationStatus::Current;
    reached.doneAt = {};
    if (auto status = m_workspace.escalation().update(reached); !status)
        return status.error();
    escalation.after.append(reached);

    auto &note = escalation.note;
    note.caseId = caseId;
    note.channel = Channel::Note;
    note.occurredAt = now;
    note.summary =
        current >= 0 ? tr("Escalated from %1 to %2")
                           .arg(m_targets.describe(steps.at(current)), m_targets.describe(reached))
                     : tr("Started the escalation path at %1").arg(m_targets.describe(reached));
    if (auto status = m_workspace.timeline().add(note); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("escalation")
        ->info("case {} escalated: step {} -> step {}, note entry {}", caseId,
               current >= 0 ? steps.at(current).meta.id : 0, reached.meta.id, note.meta.id);
    return escalation;
}

Status EscalationService::undoEscalation(const Escalation &escalation)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = writeSteps(escalation.before); !status)
        return status;
    // A note the user already deleted is fine: there is nothing left to take back.
    if (auto status = m_workspace.timeline().remove(escalation.note.meta.id);
        !status && status.code() != Error::Code::NotFound)
        return status;
    return transaction.commit();
}

Status EscalationService::redoEscalation(const Escalation &escalation)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = writeSteps(escalation.after); !status)
        return status;
    auto note = escalation.note;
    if (auto status = m_workspace.timeline().add(note); !status)
        return status;
    return transaction.commit();
}

Result<QList<EscalationStep>> EscalationService::applyTemplate(RowId caseId,
                                                               EscalationTemplate which)
{
    auto theCase = m_workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    auto path = m_workspace.escalation().forCase(caseId);
    if (!path)
        return path.error();
    if (!path->isEmpty())
        return Error{Error::Code::Invalid,
                     tr("This case already has an escalation path. Remove its steps before "
                        "starting from a template, or add steps one by one.")};
    auto steps = escalationTemplateSteps(which, caseId, theCase->organizationId);
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    for (auto &step : steps)
        if (auto status = m_workspace.escalation().append(step); !status)
            return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("escalation")->info("case {}: template applied, {} steps", caseId, steps.size());
    return steps;
}

Status EscalationService::insertStep(EscalationStep &step, int index)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = m_workspace.escalation().append(step); !status)
        return status;
    if (index >= 0 && index < step.position) {
        if (auto status = m_workspace.escalation().move(step.meta.id, index); !status)
            return status;
        step.position = index;
    }
    return transaction.commit();
}

Status EscalationService::restoreSteps(const QList<EscalationStep> &steps)
{
    auto ordered = steps;
    // Ascending positions: each one goes back where it was, in front of the ones after it.
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.position < b.position; });
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (auto step : ordered) {
        const int position = step.position;
        if (auto status = m_workspace.escalation().add(step); !status)
            return status;
        if (auto status = m_workspace.escalation().move(step.meta.id, position); !status)
            return status;
    }
    return transaction.commit();
}

Status EscalationService::removeSteps(const QList<RowId> &stepIds)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto id : stepIds)
        if (auto status = m_workspace.escalation().remove(id); !status)
            return status;
    return transaction.commit();
}

Status EscalationService::writeSteps(const QList<EscalationStep> &steps)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &step : steps) {
        auto stored = m_workspace.escalation().get(step.meta.id);
        if (!stored)
            return stored.status();
        copyEditable(step, *stored);
        if (auto status = m_workspace.escalation().update(*stored); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<EscalationStep>> EscalationService::planMakeCurrent(RowId stepId) const
{
    auto step = m_workspace.escalation().get(stepId);
    if (!step)
        return step.error();
    auto path = m_workspace.escalation().forCase(step->caseId);
    if (!path)
        return path.error();
    const auto now = Instant::fromDateTime(m_workspace.clock().now());
    QList<EscalationStep> changed;
    for (auto s : *path) {
        if (s.meta.id == stepId) {
            if (s.status == EscalationStatus::Current)
                continue;
            s.status = EscalationStatus::Current;
            s.doneAt = {};
        } else if (s.status == EscalationStatus::Current) {
            const bool before = s.position < step->position;
            s.status = before ? EscalationStatus::Done : EscalationStatus::Planned;
            s.doneAt = before ? now : Instant{};
        } else {
            continue;
        }
        changed.append(s);
    }
    return changed;
}

Result<EscalationStep> EscalationService::stepForContact(RowId caseId, RowId contactId) const
{
    auto theCase = m_workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact)
        return contact.error();
    EscalationStep step;
    step.caseId = caseId;
    step.contactId = contactId;
    step.status = EscalationStatus::Planned;
    const auto position = contact->position;
    const auto has = [&position](const char *word) {
        return position.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    if (theCase->organizationId > 0 && contact->organizationId > 0 &&
        contact->organizationId != theCase->organizationId)
        step.level = EscalationLevel::ThirdParty;
    else if (has("assistant") || has("chief of staff"))
        step.level = EscalationLevel::ExecutiveAssistant;
    else if (has("chief") || has("president") || has("vp") || has("director") || has("executive"))
        step.level = EscalationLevel::ExecutiveOffice;
    else if (has("manager"))
        step.level = EscalationLevel::Manager;
    else if (has("supervisor") || has("lead"))
        step.level = EscalationLevel::Supervisor;
    else
        step.level = EscalationLevel::FrontLine;
    return step;
}

Result<QList<EscalationService::LevelReached>>
EscalationService::levelReachedDates(RowId caseId) const
{
    auto theCase = m_workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    auto path = m_workspace.escalation().forCase(caseId);
    if (!path)
        return path.error();
    // A level is reached when the one before it is done: the latest completion that came
    // before this level's own. The first level was reached when the case was opened.
    QList<Instant> completions;
    for (const auto &s : *path)
        if (s.status == EscalationStatus::Done && !s.doneAt.isNull())
            completions.append(s.doneAt);
    QList<LevelReached> reached;
    for (const auto &s : *path) {
        if (s.status != EscalationStatus::Current && s.status != EscalationStatus::Done)
            continue;
        LevelReached level;
        level.stepId = s.meta.id;
        level.level = s.level;
        level.status = s.status;
        level.description = m_targets.describe(s);
        level.doneAt = s.doneAt;
        level.reachedAt = theCase->openedAt;
        for (const auto &completion : completions) {
            const bool earlier = s.doneAt.isNull() || completion.utcMs < s.doneAt.utcMs;
            if (earlier && (level.reachedAt.isNull() || completion.utcMs > level.reachedAt.utcMs))
                level.reachedAt = completion;
        }
        reached.append(level);
    }
    return reached;
}

} // namespace leverage

#include "core/escalation/EscalationService.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <algorithm>
#include <limits>

namespace leverage {
namespace {

// What a person edits on a step; the position belongs to the path and is left alone.
void copyEditable(const EscalationStep &from, EscalationStep &to)
{
    to.level = from.level;
    to.contactId = from.contactId;
    to.organizationId = from.organizationId;
    to.targetText = from.targetText;
    to.status = from.status;
    to.reachedAt = from.reachedAt;
    to.targetDate = from.targetDate;
    to.doneAt = from.doneAt;
    to.note = from.note;
}

} // namespace

EscalationService::EscalationService(Workspace &workspace, const EscalationReadiness *readiness)
    : m_workspace(workspace), m_readiness(readiness), m_targets(workspace)
{
}

std::optional<EscalationLevel> EscalationService::levelOfEntry(RowId caseOrganizationId,
                                                               const TimelineEntry &entry) const
{
    QString position = entry.personPosition;
    bool other = false;
    if (entry.contactId > 0) {
        if (auto contact = m_workspace.contacts().get(entry.contactId)) {
            if (position.isEmpty())
                position = contact->position;
            other = caseOrganizationId > 0 && contact->organizationId > 0 &&
                    contact->organizationId != caseOrganizationId;
        }
    }
    return levelForPosition(position, other);
}

Result<EscalationStanding> EscalationService::standing(RowId caseId) const
{
    auto theCase = m_workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    auto path = m_workspace.escalation().forCase(caseId);
    if (!path)
        return path.error();
    const RowId organizationId = theCase->organizationId;
    const auto levelOf = [this, organizationId](const auto &entry) {
        return levelOfEntry(organizationId, entry);
    };
    auto standing = EscalationStanding::start(*path);
    // The timeline a page at a time, and only as far as a level is still to be found.
    constexpr int kPage = 500;
    TimelineEntry last;
    last.occurredAt.utcMs = std::numeric_limits<qint64>::min();
    for (bool open = !standing.levels.isEmpty(); open;) {
        auto page =
            m_workspace.timeline().pageAfter(caseId, last.occurredAt.utcMs, last.meta.id, kPage);
        if (!page)
            return page.error();
        open = standing.note(*page, levelOf) && page->size() == kPage;
        if (!page->isEmpty())
            last = page->last();
    }
    standing.settle();
    return standing;
}

std::optional<QString> EscalationService::tooEarly(RowId caseId, const EscalationStep &step) const
{
    if (!m_readiness)
        return std::nullopt;
    return m_readiness->tooEarly(caseId, step, m_workspace.clock().now());
}

Result<EscalationService::Escalation> EscalationService::escalate(RowId caseId)
{
    return escalate(caseId, Attempt{});
}

Result<EscalationService::Escalation> EscalationService::escalate(RowId caseId,
                                                                  const Attempt &attempt)
{
    auto read = standing(caseId);
    if (!read)
        return read.error();
    const auto &levels = read->levels;
    const int current = read->at;
    int next = read->next;
    if (attempt.stepId > 0) {
        next = -1;
        for (int i = 0; i < levels.size(); ++i)
            if (levels.at(i).step.meta.id == attempt.stepId &&
                levels.at(i).status == EscalationStatus::Planned)
                next = i;
    }
    if (next < 0) {
        if (current < 0)
            return Error{Error::Code::Invalid,
                         tr("This case's escalation path has no planned step to start at. Add a "
                            "step to the path first.")};
        return Error{Error::Code::Invalid,
                     tr("There is no planned step after %1. Add the next step to the path first.")
                         .arg(m_targets.describe(levels.at(current).step))};
    }

    Escalation escalation;
    escalation.caseId = caseId;
    const auto now = Instant::fromDateTime(m_workspace.clock().now());
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    // Every level reached before the new one is done now; the moment each was reached (from
    // the store or the timeline) is written down, so it no longer depends on a guess.
    for (int i = 0; i < next; ++i) {
        const auto &level = levels.at(i);
        const bool reached =
            level.status == EscalationStatus::Current || level.status == EscalationStatus::Done;
        if (!reached)
            continue;
        auto done = level.step;
        done.status = EscalationStatus::Done;
        done.reachedAt = level.reachedAt;
        if (level.step.status != EscalationStatus::Done)
            done.doneAt = now; // a level done before keeps its own date, even an unknown one
        if (done == level.step)
            continue;
        escalation.before.append(level.step);
        if (auto status = m_workspace.escalation().update(done); !status)
            return status.error();
        escalation.after.append(done);
    }
    auto reached = levels.at(next).step;
    escalation.before.append(reached);
    reached.status = EscalationStatus::Current;
    reached.reachedAt = now;
    reached.doneAt = {};
    if (attempt.contactId > 0 && attempt.contactId != reached.contactId) {
        reached.contactId = attempt.contactId;
        reached.targetText.clear();
    }
    if (auto status = m_workspace.escalation().update(reached); !status)
        return status.error();
    escalation.after.append(reached);

    auto &note = escalation.note;
    note.caseId = caseId;
    note.channel = attempt.channel;
    note.occurredAt = now;
    note.contactId = reached.contactId;
    if (reached.contactId > 0) {
        if (auto contact = m_workspace.contacts().get(reached.contactId)) {
            note.personName = contact->name;
            note.personPosition = contact->position;
        }
    }
    note.summary = attempt.summary.trimmed();
    if (note.summary.isEmpty())
        note.summary =
            current >= 0
                ? tr("Escalated from %1 to %2")
                      .arg(m_targets.describe(levels.at(current).step), m_targets.describe(reached))
                : tr("Started the escalation path at %1").arg(m_targets.describe(reached));
    if (auto status = m_workspace.timeline().add(note); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("escalation")
        ->info("case {} escalated: step {} -> step {}, {} entry {}", caseId,
               current >= 0 ? levels.at(current).step.meta.id : 0, reached.meta.id,
               channelKey(note.channel).toStdString(), note.meta.id);
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
            if (s.reachedAt.isNull())
                s.reachedAt = now;
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
    step.level = levelForPosition(contact->position,
                                  theCase->organizationId > 0 && contact->organizationId > 0 &&
                                      contact->organizationId != theCase->organizationId);
    return step;
}

Result<QList<EscalationService::LevelReached>>
EscalationService::levelReachedDates(RowId caseId) const
{
    auto read = standing(caseId);
    if (!read)
        return read.error();
    QList<LevelReached> reached;
    for (const auto &level : std::as_const(read->levels)) {
        if (level.status != EscalationStatus::Current && level.status != EscalationStatus::Done)
            continue;
        reached.append({level.step.meta.id, level.step.level, level.status,
                        m_targets.describe(level.step), level.reachedAt,
                        level.status == EscalationStatus::Done ? level.step.doneAt : Instant{}});
    }
    return reached;
}

} // namespace leverage

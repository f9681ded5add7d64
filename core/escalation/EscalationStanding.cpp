#include "core/escalation/EscalationStanding.h"

namespace leverage {
namespace {

bool reachedInStore(const EscalationStep &step)
{
    return step.status == EscalationStatus::Current || step.status == EscalationStatus::Done;
}

} // namespace

EscalationLevel levelForPosition(const QString &position, bool otherOrganization)
{
    const auto has = [&position](const char *word) {
        return position.contains(QLatin1String(word), Qt::CaseInsensitive);
    };
    if (otherOrganization)
        return EscalationLevel::ThirdParty;
    if (has("assistant") || has("chief of staff"))
        return EscalationLevel::ExecutiveAssistant;
    if (has("chief") || has("president") || has("vp") || has("director") || has("executive"))
        return EscalationLevel::ExecutiveOffice;
    if (has("manager"))
        return EscalationLevel::Manager;
    if (has("supervisor") || has("lead"))
        return EscalationLevel::Supervisor;
    return EscalationLevel::FrontLine;
}

EscalationStanding EscalationStanding::read(const QList<EscalationStep> &steps,
                                            const QList<TimelineEntry> &entries,
                                            const LevelOfEntry &levelOf)
{
    auto standing = start(steps);
    standing.note(entries, levelOf);
    standing.settle();
    return standing;
}

EscalationStanding EscalationStanding::start(const QList<EscalationStep> &steps)
{
    EscalationStanding standing;
    for (const auto &step : steps)
        standing.levels.append({step, step.status, step.reachedAt, 0});
    return standing;
}

bool EscalationStanding::note(const QList<TimelineEntry> &entries, const LevelOfEntry &levelOf)
{
    // The timeline: the first contact attempt with a level's person, or (a step that names no
    // one) with someone at that level. Notes are not contacts.
    bool open = false;
    for (auto &level : levels) {
        const auto &step = level.step;
        if (!level.reachedAt.isNull() || step.status == EscalationStatus::Skipped)
            continue;
        for (const auto &entry : entries) {
            if (entry.channel == Channel::Note)
                continue;
            const bool samePerson = step.contactId > 0 && entry.contactId == step.contactId;
            const bool sameLevel = step.contactId <= 0 &&
                                   (entry.contactId > 0 || !entry.personName.isEmpty()) &&
                                   levelOf(entry) == step.level;
            if (samePerson || sameLevel) {
                level.reachedAt = entry.occurredAt;
                level.reachedByEntry = entry.meta.id;
                break;
            }
        }
        open = open || level.reachedAt.isNull();
    }
    return open;
}

void EscalationStanding::settle()
{
    EscalationStanding &standing = *this;
    // Where the case stands: the step the user marked current; without one, the furthest
    // level reached (done, or contacted on the timeline).
    for (int i = 0; i < standing.levels.size() && standing.at < 0; ++i)
        if (standing.levels.at(i).step.status == EscalationStatus::Current)
            standing.at = i;
    const bool marked = standing.at >= 0;
    for (int i = 0; i < standing.levels.size() && !marked; ++i) {
        const auto &level = standing.levels.at(i);
        if (reachedInStore(level.step) || level.reachedByEntry > 0)
            standing.at = i;
    }
    for (int i = 0; i < standing.levels.size(); ++i) {
        auto &level = standing.levels[i];
        const bool reached = reachedInStore(level.step) || level.reachedByEntry > 0;
        if (i == standing.at) {
            level.status = EscalationStatus::Current;
        } else if (i < standing.at && reached) {
            level.status = EscalationStatus::Done;
        } else if (i > standing.at && level.reachedByEntry > 0) {
            // A contact with someone of a later level does not move the case past the
            // current one: that level is still ahead.
            level.reachedAt = level.step.reachedAt;
            level.reachedByEntry = 0;
        }
    }
    for (int i = standing.at + 1; i < standing.levels.size() && standing.next < 0; ++i)
        if (standing.levels.at(i).status == EscalationStatus::Planned)
            standing.next = i;
}

} // namespace leverage

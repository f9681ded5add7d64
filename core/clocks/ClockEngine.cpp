#include "core/clocks/ClockEngine.h"

#include "core/clocks/BusinessDayCalendar.h"
#include "core/clocks/ClockDates.h"
#include "core/clocks/ClockVocabulary.h"
#include "core/util/Translate.h"

#include <algorithm>
#include <array>

namespace leverage::clocks {
namespace {

constexpr std::array kEuMembers{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                                "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                                "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};

// The earliest trigger of `event` on `route` (the first complaint counts, not a repeat).
const ClockTrigger *earliest(const QList<ClockTrigger> &triggers, const QString &route,
                             const QString &event, bool received)
{
    const ClockTrigger *found = nullptr;
    for (const auto &trigger : triggers) {
        if (trigger.route != route || trigger.event != event || !trigger.date(received).isValid())
            continue;
        if (!found || trigger.date(received) < found->date(received))
            found = &trigger;
    }
    return found;
}

CaseClock::State stateOn(const CaseClock &clock, const QDate &today)
{
    if (!clock.dueDate.isValid())
        return CaseClock::State::Waiting;
    if (today < clock.dueDate)
        return CaseClock::State::Running;
    switch (clock.rule.kind) {
    case ClockRule::Kind::Opens:
        return CaseClock::State::Open;
    case ClockRule::Kind::Deadline:
        return CaseClock::State::Overdue;
    case ClockRule::Kind::Expires:
        return CaseClock::State::Expired;
    }
    return CaseClock::State::Running;
}

} // namespace

ClockEngine::ClockEngine(std::vector<ClockRule> rules) : m_rules(std::move(rules)) {}

bool ClockEngine::countryMatches(const QStringList &ruleCountries, const QString &country)
{
    if (country.isEmpty())
        return false;
    for (const QString &candidate : ruleCountries) {
        if (candidate == country)
            return true;
        if (candidate == QLatin1String("EU") &&
            std::any_of(kEuMembers.begin(), kEuMembers.end(),
                        [&](const char *member) { return country == QLatin1String(member); }))
            return true;
    }
    return false;
}

std::vector<const ClockRule *> ClockEngine::rulesFor(const CaseJurisdiction &where) const
{
    std::vector<const ClockRule *> found;
    for (const auto &rule : m_rules) {
        if (!countryMatches(rule.countries, where.country))
            continue;
        if (!rule.region.isEmpty() && rule.region != where.region)
            continue;
        if (!rule.sectors.isEmpty() && !rule.sectors.contains(where.sector))
            continue;
        found.push_back(&rule);
    }
    return found;
}

QList<CaseClock> ClockEngine::compute(RowId caseId, const CaseJurisdiction &where,
                                      const QList<ClockTrigger> &triggers, const QDate &today) const
{
    QList<CaseClock> clocks;
    const auto candidates = rulesFor(where);
    auto pursues = [&](const QString &route) {
        return route == QLatin1String("company") ||
               std::any_of(triggers.begin(), triggers.end(),
                           [&](const ClockTrigger &t) { return t.route == route; });
    };
    auto computed = [&](const QString &ruleId) -> const CaseClock * {
        for (const auto &clock : clocks)
            if (clock.rule.id == ruleId && clock.dueDate.isValid())
                return &clock;
        return nullptr;
    };

    // Rules without `after` first, then the chained ones (whose window a computed one opens).
    for (const bool chainedPass : {false, true}) {
        for (const ClockRule *rule : candidates) {
            if (rule->after.isEmpty() == chainedPass || !pursues(rule->route))
                continue;
            const bool received = rule->basis == ClockRule::DateBasis::Received;
            CaseClock clock;
            clock.caseId = caseId;
            clock.rule = *rule;

            const CaseClock *parent = nullptr;
            for (const QString &parentId : rule->after)
                if ((parent = computed(parentId)))
                    break;
            if (chainedPass && parent)
                clock.opensOn = parent->dueDate;

            if (rule->trigger == ClockRule::windowOpenedEvent()) {
                if (parent)
                    clock.triggerDate = parent->dueDate;
            } else if (const ClockTrigger *trigger =
                           earliest(triggers, rule->route, rule->trigger, received)) {
                clock.triggerDate = trigger->date(received);
                clock.triggerId = trigger->meta.id;
                clock.triggerEntryId = trigger->entryId;
                const QDate &wanted = received ? trigger->receivedOn : trigger->sentOn;
                if (!wanted.isValid())
                    clock.notes << (received ? tr("Counted from the date it was sent: the "
                                                  "date it was received is not known.")
                                             : tr("Counted from the date it was received: "
                                                  "the date it was sent is not known."));
            }
            // Of two rules for different periods (Ofcom's 8 and 6 weeks) only the one in force
            // on the trigger's day (or today, while waiting) applies.
            if (!rule->appliesOn(clock.triggerDate.isValid() ? clock.triggerDate : today))
                continue;

            if (clock.triggerDate.isValid()) {
                const auto &calendar = BusinessDayCalendar::forJurisdiction(
                    rule->calendar.isEmpty() ? where.country : rule->calendar);
                ClockOffset offset = rule->offset;
                for (const auto &variant : rule->variants) {
                    if (earliest(triggers, rule->route, variant.when, received)) {
                        offset = variant.offset;
                        clock.notes << tr("%1 instead: %2.")
                                           .arg(variant.offset.text(),
                                                ClockVocabulary::eventLabel(variant.when));
                    }
                }
                QDate due = ClockDates::add(clock.triggerDate, offset, calendar);
                if (rule->cap) {
                    const QDate capped = ClockDates::add(clock.triggerDate, *rule->cap, calendar);
                    if (capped < due) {
                        due = capped;
                        clock.notes << tr("Capped at %1.").arg(rule->cap->text());
                    }
                }
                for (const auto &extension : rule->extensions) {
                    const ClockTrigger *condition =
                        earliest(triggers, rule->route, extension.when, received);
                    if (condition && condition->date(received) <= due) {
                        due = ClockDates::add(due, extension.add, calendar);
                        clock.notes << tr("Extended by %1: %2.")
                                           .arg(extension.add.text(),
                                                ClockVocabulary::eventLabel(extension.when));
                    }
                }
                if (!rule->endsEarlyOn.isEmpty()) {
                    // A final response or deadlock letter counts from the day it is dated (sent).
                    const ClockTrigger *end =
                        earliest(triggers, rule->route, rule->endsEarlyOn, false);
                    const QDate ended = end ? end->date(false) : QDate();
                    if (ended.isValid() && ended < due && ended >= clock.triggerDate) {
                        due = ended;
                        clock.notes << tr("Reached early: %1 on %2.")
                                           .arg(ClockVocabulary::eventLabel(rule->endsEarlyOn),
                                                ended.toString(Qt::ISODate));
                    }
                }
                clock.dueDate = due;
            }
            clock.state = stateOn(clock, today);
            clocks << clock;
        }
    }
    std::stable_sort(clocks.begin(), clocks.end(), [](const CaseClock &a, const CaseClock &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    return clocks;
}

} // namespace leverage::clocks

#include "core/clocks/ClockReadiness.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/clocks/ClockVocabulary.h"
#include "core/util/Translate.h"

namespace leverage::clocks {
namespace {

// The company-route clock that opens an outside body's door and is not open yet.
std::optional<CaseClock> doorStillShut(Workspace &workspace, RowId caseId)
{
    auto clocks = ClockService(workspace).forCase(caseId);
    if (!clocks)
        return std::nullopt;
    for (const auto &clock : *clocks)
        if (clock.rule.kind == ClockRule::Kind::Opens && clock.rule.route == "company" &&
            (clock.state == CaseClock::State::Running || clock.state == CaseClock::State::Waiting))
            return clock;
    return std::nullopt;
}

} // namespace

bool ClockReadiness::isOutsideBody(EscalationLevel level)
{
    return level == EscalationLevel::Regulator || level == EscalationLevel::Ombudsman ||
           level == EscalationLevel::ConsumerAgency;
}

std::optional<QString> ClockReadiness::tooEarly(RowId caseId, const EscalationStep &target,
                                                const QDateTime &) const
{
    if (!isOutsideBody(target.level))
        return std::nullopt;
    const auto clock = doorStillShut(m_workspace, caseId);
    if (!clock)
        return std::nullopt;
    const QString rule = clock->rule.legalBasis.isEmpty()
                             ? clock->rule.title
                             : tr("%1: %2").arg(clock->rule.legalBasis, clock->rule.title);
    if (!clock->dueDate.isValid())
        return tr("%1 takes the case %2 after the %3, which is not recorded yet (%4).")
            .arg(clock->rule.body, clock->rule.offset.text(),
                 ClockVocabulary::eventLabel(clock->rule.trigger), rule);
    return tr("%1 takes the case from %2 (%3).")
        .arg(clock->rule.body, ClockText::date(clock->dueDate), rule);
}

std::optional<QString> ClockReadiness::opensOn(RowId caseId, const EscalationStep &target) const
{
    if (!isOutsideBody(target.level))
        return std::nullopt;
    const auto clock = doorStillShut(m_workspace, caseId);
    if (!clock || !clock->dueDate.isValid())
        return std::nullopt;
    return tr("opens on %1").arg(ClockText::date(clock->dueDate));
}

} // namespace leverage::clocks

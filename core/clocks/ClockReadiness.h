#pragma once

#include "core/escalation/EscalationReadiness.h"

namespace leverage {
class Workspace;
}

namespace leverage::clocks {

// The case clocks behind Escalate (issue 19): going to an outside body (regulator,
// ombudsman, consumer agency) while a clock that opens its door is still running is too
// early, and the sentence names the rule and the date.
class ClockReadiness final : public EscalationReadiness
{
public:
    explicit ClockReadiness(Workspace &workspace) : m_workspace(workspace) {}

    std::optional<QString> tooEarly(RowId caseId, const EscalationStep &target,
                                    const QDateTime &now) const override;
    // "opens on Tue 28 Apr 2026" for a step to an outside body, or nothing.
    std::optional<QString> opensOn(RowId caseId, const EscalationStep &target) const override;

    static bool isOutsideBody(EscalationLevel level);

private:
    Workspace &m_workspace;
};

} // namespace leverage::clocks

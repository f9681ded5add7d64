#pragma once

#include "core/domain/EscalationStep.h"

#include <QDateTime>
#include <optional>

namespace leverage {

// Whether a clock of the case says it is too early to go to a level ("the ombudsman takes the
// case after the final response or eight weeks"). The seam for the case clocks of
// core/clocks, which do not exist yet: until they do, nothing says it is too early, and
// Escalate asks no question. A clock service implements this and is handed to
// EscalationService.
class EscalationReadiness
{
public:
    virtual ~EscalationReadiness() = default;
    // A sentence for the user ("The ombudsman takes the case from Mon 27 Apr."), or nothing.
    virtual std::optional<QString> tooEarly(RowId caseId, const EscalationStep &target,
                                            const QDateTime &now) const = 0;
    // For a planned step: when its door opens ("opens on Tue 28 Apr 2026"), or nothing.
    virtual std::optional<QString> opensOn(RowId /*caseId*/,
                                           const EscalationStep & /*target*/) const
    {
        return std::nullopt;
    }
};

} // namespace leverage

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/store/Repository.h"

namespace leverage {

class EscalationRepository final : public Repository<EscalationStep>
{
public:
    explicit EscalationRepository(Workspace &workspace);

    // The case's path in order.
    Result<QList<EscalationStep>> forCase(RowId caseId) const;
    // Appends a step at the end of its case's path.
    Status append(EscalationStep &step);
    // Moves a step to `toIndex` of its path (clamped) and renumbers the path in one write.
    Status move(RowId stepId, int toIndex);

protected:
    Status afterWrite(const EscalationStep &step) override;

private:
    Status renumber(RowId caseId, const QList<RowId> &order);
};

} // namespace leverage

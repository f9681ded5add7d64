#include "ui/models/escalation/commands/AddStep.h"

#include "core/escalation/EscalationService.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage::models {

AddStep::AddStep(Workspace &workspace, QList<EscalationStep> steps, int index)
    : UndoCommand(QCoreApplication::translate("leverage", "Add escalation step")),
      m_workspace(workspace), m_steps(std::move(steps)), m_index(index)
{
}

Status AddStep::doRedo()
{
    EscalationService service(m_workspace);
    if (m_stored)
        return service.restoreSteps(m_steps);
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto steps = m_steps;
    for (int i = 0; i < steps.size(); ++i)
        if (auto status = service.insertStep(steps[i], m_index < 0 ? -1 : m_index + i); !status)
            return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_steps = steps;
    m_stored = true;
    return {};
}

Status AddStep::doUndo()
{
    QList<RowId> ids;
    for (const auto &step : m_steps)
        ids.append(step.meta.id);
    return EscalationService(m_workspace).removeSteps(ids);
}

} // namespace leverage::models

#include "ui/models/escalation/commands/ApplyTemplate.h"

#include "core/escalation/EscalationService.h"

#include <QCoreApplication>

namespace leverage::models {

ApplyTemplate::ApplyTemplate(Workspace &workspace, RowId caseId, EscalationTemplate which)
    : UndoCommand(QCoreApplication::translate("leverage", "Start path from %1")
                      .arg(escalationTemplateLabel(which).toLower())),
      m_workspace(workspace), m_caseId(caseId), m_template(which)
{
}

Status ApplyTemplate::doRedo()
{
    EscalationService service(m_workspace);
    if (m_done)
        return service.restoreSteps(m_steps);
    auto steps = service.applyTemplate(m_caseId, m_template);
    if (!steps)
        return steps.status();
    m_steps = *steps;
    m_done = true;
    return {};
}

Status ApplyTemplate::doUndo()
{
    QList<RowId> ids;
    for (const auto &step : m_steps)
        ids.append(step.meta.id);
    return EscalationService(m_workspace).removeSteps(ids);
}

} // namespace leverage::models

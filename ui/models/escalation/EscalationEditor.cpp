#include "ui/models/escalation/EscalationEditor.h"

#include "core/escalation/EscalationService.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/escalation/commands/AddStep.h"
#include "ui/models/escalation/commands/ApplyTemplate.h"
#include "ui/models/escalation/commands/EditStep.h"
#include "ui/models/escalation/commands/Escalate.h"
#include "ui/models/escalation/commands/MoveStep.h"
#include "ui/models/escalation/commands/RemoveStep.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace leverage::models {

EscalationEditor::EscalationEditor(Workspace &workspace, QUndoStack &undoStack,
                                   ErrorReporter &reporter, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_pusher(undoStack, reporter)
{
}

Status EscalationEditor::moveStep(RowId stepId, int fromIndex, int toIndex)
{
    return m_pusher.push(std::make_unique<MoveStep>(m_workspace, stepId, fromIndex, toIndex));
}

Status EscalationEditor::addSteps(const QList<EscalationStep> &steps, int index)
{
    auto fresh = steps;
    for (auto &step : fresh)
        step.meta = {};
    return m_pusher.push(std::make_unique<AddStep>(m_workspace, fresh, index));
}

Status EscalationEditor::addContacts(RowId caseId, const QList<RowId> &contactIds, int index)
{
    EscalationService service(m_workspace);
    QList<EscalationStep> steps;
    for (const auto id : contactIds) {
        auto step = service.stepForContact(caseId, id);
        if (!step)
            return step.status();
        steps.append(*step);
    }
    return addSteps(steps, index);
}

Status EscalationEditor::removeStep(RowId stepId)
{
    return m_pusher.push(std::make_unique<RemoveStep>(m_workspace, stepId));
}

Status EscalationEditor::editStep(const EscalationStep &edited)
{
    auto before = m_workspace.escalation().get(edited.meta.id);
    if (!before)
        return before.status();
    return m_pusher.push(std::make_unique<EditStep>(
        m_workspace, QList<EscalationStep>{*before}, QList<EscalationStep>{edited},
        QCoreApplication::translate("leverage", "Edit escalation step")));
}

Status EscalationEditor::makeCurrent(RowId stepId)
{
    auto after = EscalationService(m_workspace).planMakeCurrent(stepId);
    if (!after)
        return after.status();
    if (after->isEmpty())
        return {};
    QList<EscalationStep> before;
    for (const auto &step : std::as_const(*after)) {
        auto stored = m_workspace.escalation().get(step.meta.id);
        if (!stored)
            return stored.status();
        before.append(*stored);
    }
    return m_pusher.push(std::make_unique<EditStep>(
        m_workspace, before, *after,
        QCoreApplication::translate("leverage", "Mark step as current")));
}

Status EscalationEditor::escalate(RowId caseId, const EscalationService::Attempt &attempt)
{
    return m_pusher.push(std::make_unique<Escalate>(m_workspace, caseId, attempt));
}

Status EscalationEditor::applyTemplate(RowId caseId, EscalationTemplate which)
{
    return m_pusher.push(std::make_unique<ApplyTemplate>(m_workspace, caseId, which));
}

void EscalationEditor::beginGroup(const QString &text)
{
    m_pusher.stack().beginMacro(text);
}

void EscalationEditor::endGroup()
{
    m_pusher.stack().endMacro();
}

} // namespace leverage::models

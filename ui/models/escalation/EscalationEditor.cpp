#include "ui/models/escalation/EscalationEditor.h"

#include "core/escalation/EscalationService.h"
#include "ui/models/escalation/commands/AddStep.h"
#include "ui/models/escalation/commands/ApplyTemplate.h"
#include "ui/models/escalation/commands/EditStep.h"
#include "ui/models/escalation/commands/Escalate.h"
#include "ui/models/escalation/commands/MoveStep.h"
#include "ui/models/escalation/commands/RemoveStep.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoStack>

namespace leverage::models {

EscalationEditor::EscalationEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{
}

Status EscalationEditor::push(std::unique_ptr<EscalationCommand> command)
{
    // The stack may outlive this editor (one stack per workspace, panes come and go).
    QPointer<EscalationEditor> self(this);
    command->setErrorSink([self](const QString &message) {
        if (self)
            Q_EMIT self->errorOccurred(message);
    });
    if (auto status = command->runFirst(); !status)
        return status;
    m_undoStack.push(command.release());
    return {};
}

Status EscalationEditor::moveStep(RowId stepId, int fromIndex, int toIndex)
{
    return push(std::make_unique<MoveStep>(m_workspace, stepId, fromIndex, toIndex));
}

Status EscalationEditor::addSteps(const QList<EscalationStep> &steps, int index)
{
    auto fresh = steps;
    for (auto &step : fresh)
        step.meta = {};
    return push(std::make_unique<AddStep>(m_workspace, fresh, index));
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
    return push(std::make_unique<RemoveStep>(m_workspace, stepId));
}

Status EscalationEditor::editStep(const EscalationStep &edited)
{
    auto before = m_workspace.escalation().get(edited.meta.id);
    if (!before)
        return before.status();
    return push(std::make_unique<EditStep>(
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
    return push(std::make_unique<EditStep>(
        m_workspace, before, *after,
        QCoreApplication::translate("leverage", "Mark step as current")));
}

Status EscalationEditor::escalate(RowId caseId)
{
    return push(std::make_unique<Escalate>(m_workspace, caseId));
}

Status EscalationEditor::applyTemplate(RowId caseId, EscalationTemplate which)
{
    return push(std::make_unique<ApplyTemplate>(m_workspace, caseId, which));
}

void EscalationEditor::beginGroup(const QString &text)
{
    m_undoStack.beginMacro(text);
}

void EscalationEditor::endGroup()
{
    m_undoStack.endMacro();
}

} // namespace leverage::models

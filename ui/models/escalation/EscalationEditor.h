#pragma once

#include "core/domain/EscalationStep.h"
#include "core/escalation/EscalationService.h"
#include "core/escalation/EscalationTemplate.h"
#include "core/util/Result.h"
#include "ui/models/undo/UndoPusher.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

class UndoCommand;

// The escalation path's edits as undo commands, pushed through the one UndoPusher: each runs
// once and reaches the stack only if core accepted it, else core's sentence is returned.
// Later undo/redo failures drop the step and go to the ErrorReporter. A thin feature API
// over the pusher: it knows how to read the "before" of each edit and what the steps are.
class EscalationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationEditor)

public:
    EscalationEditor(Workspace &workspace, QUndoStack &undoStack, ErrorReporter &reporter,
                     QObject *parent = nullptr);

    Status moveStep(RowId stepId, int fromIndex, int toIndex);
    // At `index` of the path (-1: at the end), in the order given.
    Status addSteps(const QList<EscalationStep> &steps, int index);
    Status addContacts(RowId caseId, const QList<RowId> &contactIds, int index);
    Status removeStep(RowId stepId);
    Status editStep(const EscalationStep &edited);
    Status makeCurrent(RowId stepId);
    Status escalate(RowId caseId, const EscalationService::Attempt &attempt);
    Status applyTemplate(RowId caseId, EscalationTemplate which);

    // Several edits undone and redone as one ("Move escalation steps").
    void beginGroup(const QString &text);
    void endGroup();

private:
    Workspace &m_workspace;
    UndoPusher m_pusher;
};

} // namespace leverage::models

#pragma once

#include "core/domain/EscalationStep.h"
#include "core/escalation/EscalationTemplate.h"
#include "core/util/Result.h"

#include <QObject>
#include <memory>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

class EscalationCommand;

// Turns each edit of an escalation path into an undo command: runs it once, pushes it only if
// core accepted it, and returns core's sentence when it did not. Later undo/redo failures
// come through errorOccurred.
class EscalationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationEditor)

public:
    EscalationEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent = nullptr);

    Status moveStep(RowId stepId, int fromIndex, int toIndex);
    // At `index` of the path (-1: at the end), in the order given.
    Status addSteps(const QList<EscalationStep> &steps, int index);
    Status addContacts(RowId caseId, const QList<RowId> &contactIds, int index);
    Status removeStep(RowId stepId);
    Status editStep(const EscalationStep &edited);
    Status makeCurrent(RowId stepId);
    Status escalate(RowId caseId);
    Status applyTemplate(RowId caseId, EscalationTemplate which);

    // Several edits undone and redone as one ("Move escalation steps").
    void beginGroup(const QString &text);
    void endGroup();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Status push(std::unique_ptr<EscalationCommand> command);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
};

} // namespace leverage::models

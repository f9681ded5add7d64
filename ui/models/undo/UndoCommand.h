#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>

namespace leverage::models {

class ErrorReporter;

// The one base of every undoable edit in the program. UndoPusher runs the first redo itself,
// so a refused edit returns its sentence to the caller and never reaches the stack; the
// stack's own first redo() (inside QUndoStack::push) is then skipped. A later undo or redo
// that fails (the row was changed or removed elsewhere, the disk is full) makes the step
// obsolete, so the stack drops it, and tells the user through the ErrorReporter.
//
// A command that can absorb the next one of its kind (moving the same step again, toggling
// the same flag back) overrides id() with its MergeId and mergeWith(); a merged command that
// comes to no change at all marks itself obsolete and the stack drops it.
class UndoCommand : public QUndoCommand
{
public:
    // Ids for QUndoCommand::id(), one per kind of command that merges; unique program-wide.
    enum MergeId : int
    {
        MoveEscalationStepId = 1,
        ToggleGatewayId,
        EditRowId, // EditCommand<T>: a dialog's edit, a promise settled, a follow-up snoozed
    };

    explicit UndoCommand(const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

private:
    friend class UndoPusher;

    // The first redo, run by UndoPusher before the command goes on the stack.
    Status runFirst(ErrorReporter &reporter);
    void fail(const char *what, const QString &pattern, const Status &status);

    ErrorReporter *m_reporter = nullptr;
    bool m_skipNextRedo = false;
};

} // namespace leverage::models

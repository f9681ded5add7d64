#pragma once

#include "core/util/Result.h"

#include <memory>

class QUndoStack;

namespace leverage::models {

class ErrorReporter;
class UndoCommand;

// The one way an edit reaches the undo stack: runs the command's first redo at once and
// pushes it only if that worked, returning the Status so the caller can show the sentence.
// The command reports its later failures to `reporter`, which must outlive the stack (the
// main window owns both). A small value: editors and panes each hold a copy.
class UndoPusher final
{
public:
    UndoPusher(QUndoStack &stack, ErrorReporter &reporter) : m_stack(&stack), m_reporter(&reporter)
    {
    }

    // On success the stack owns the command. One that merged into the command on top of the
    // stack is deleted at once: read results after the push only from commands that never
    // merge (id() == -1: adds, imports, filing a call).
    Status push(std::unique_ptr<UndoCommand> command) const;

    QUndoStack &stack() const { return *m_stack; }
    ErrorReporter &reporter() const { return *m_reporter; }

private:
    QUndoStack *m_stack;
    ErrorReporter *m_reporter;
};

} // namespace leverage::models

#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>
#include <functional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// An undoable edit of the workspace. The editor runs the first redo itself (execute) so that
// a refused edit never reaches the stack; the stack's own first redo() is then skipped. A
// later undo or redo that fails goes to the error sink (QUndoCommand cannot return it) and
// the command drops off the stack.
class EditorCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    EditorCommand(Workspace &workspace, ErrorSink errorSink, const QString &text);

    Status execute();
    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    Workspace &m_workspace;

private:
    void fail(const QString &pattern, const Status &status);

    ErrorSink m_errorSink;
    bool m_skipNextRedo = false;
};

} // namespace leverage::models

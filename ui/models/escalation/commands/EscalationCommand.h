#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>
#include <functional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The common life of an escalation-path edit. The model runs the first apply() itself (so a
// refusal reaches the user as a sentence and nothing is pushed) and then pushes the command;
// later undos and redos that fail report through `onError` and drop the command.
class EscalationCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    EscalationCommand(Workspace &workspace, const QString &text);

    // Runs the change for the first time; after success the next redo() (QUndoStack::push)
    // does not run it again.
    Status runFirst();
    void setErrorSink(ErrorSink sink) { m_onError = std::move(sink); }

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    Workspace &m_workspace;

private:
    void report(const Status &status);

    ErrorSink m_onError;
    bool m_skipNextRedo = false;
};

} // namespace leverage::models

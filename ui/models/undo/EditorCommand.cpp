#include "ui/models/undo/EditorCommand.h"

#include "core/util/Logging.h"

#include <QCoreApplication>

namespace leverage::models {

EditorCommand::EditorCommand(Workspace &workspace, ErrorSink errorSink, const QString &text)
    : QUndoCommand(text), m_workspace(workspace), m_errorSink(std::move(errorSink))
{
}

Status EditorCommand::execute()
{
    auto status = doRedo();
    m_skipNextRedo = status.isOk();
    return status;
}

void EditorCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (auto status = doRedo(); !status)
        fail(QCoreApplication::translate("leverage::models", "“%1” could not be redone: %2"),
             status);
}

void EditorCommand::undo()
{
    if (auto status = doUndo(); !status)
        fail(QCoreApplication::translate("leverage::models", "“%1” could not be undone: %2"),
             status);
}

// The store refused (the row was changed or removed elsewhere since): the command leaves the
// stack (QUndoStack deletes an obsolete command after its undo or redo), so the stack never
// offers a step that no longer matches the store, and the user is told why.
void EditorCommand::fail(const QString &pattern, const Status &status)
{
    logging::get("ui")->warn("'{}' failed (code {}); dropped from the undo stack",
                             text().toStdString(), int(status.code()));
    setObsolete(true);
    if (m_errorSink)
        m_errorSink(pattern.arg(text(), status.message()));
}

} // namespace leverage::models

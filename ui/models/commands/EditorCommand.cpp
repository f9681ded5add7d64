#include "models/commands/EditorCommand.h"

#include "util/Logging.h"

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
    report("redo", doRedo());
}

void EditorCommand::undo()
{
    report("undo", doUndo());
}

void EditorCommand::report(const char *action, const Status &status)
{
    if (status)
        return;
    logging::get("ui")->warn("{} of '{}' failed (code {})", action, text().toStdString(),
                             int(status.code()));
    if (m_errorSink)
        m_errorSink(status.message());
}

} // namespace leverage::models

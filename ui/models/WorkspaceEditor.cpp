#include "models/WorkspaceEditor.h"

#include <QUndoStack>

namespace leverage::models {

WorkspaceEditor::WorkspaceEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{
}

} // namespace leverage::models

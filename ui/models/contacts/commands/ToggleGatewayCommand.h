#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QUndoCommand>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Bookmarks a contact as a gateway, or removes the bookmark; undo puts it back.
class ToggleGatewayCommand final : public QUndoCommand
{
public:
    ToggleGatewayCommand(Workspace &workspace, RowId contactId, bool makeGateway,
                         QUndoCommand *parent = nullptr);

    // Runs the change at once and pushes it on the stack only if it worked, so a refused
    // change (a contact removed meanwhile) never sits on the stack.
    static Status apply(QUndoStack &stack, Workspace &workspace, RowId contactId, bool makeGateway);

    void redo() override;
    void undo() override;
    // What the last redo or undo came to (a failure is also logged).
    const Status &lastStatus() const { return m_status; }

private:
    Status set(bool gateway);

    Workspace &m_workspace;
    RowId m_contactId;
    bool m_makeGateway;
    bool m_skipNextRedo = false;
    Status m_status;
};

} // namespace leverage::models

#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Bookmarks a contact as a gateway, or removes the bookmark; undo puts it back. Toggling the
// same contact back straight after merges with this step and the two leave the stack: a
// flag set and cleared again is no change to undo.
class ToggleGatewayCommand final : public UndoCommand
{
public:
    ToggleGatewayCommand(Workspace &workspace, RowId contactId, bool makeGateway);

    int id() const override { return ToggleGatewayId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status set(bool gateway);

    Workspace &m_workspace;
    RowId m_contactId;
    bool m_makeGateway;
};

} // namespace leverage::models

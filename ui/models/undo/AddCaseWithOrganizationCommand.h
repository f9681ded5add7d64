#pragma once

#include "core/domain/Case.h"
#include "core/domain/Organization.h"
#include "core/services/RemovalSnapshot.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// "Add Case" for a case whose organization was typed as a new name in the case form: the
// organization and the case are added in one write and undone as one step, so undo never
// leaves an organization nobody asked for behind. Undo removes the case, then the
// organization; redo puts both back with their ids.
class AddCaseWithOrganizationCommand final : public UndoCommand
{
public:
    AddCaseWithOrganizationCommand(Workspace &workspace, Case value, Organization organization);

    // The stored rows, ids filled in, after the first redo.
    const Case &value() const { return m_case; }
    const Organization &organization() const { return m_organization; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    Case m_case;
    Organization m_organization;
    std::optional<RemovalSnapshot> m_removedCase;
    std::optional<RemovalSnapshot> m_removedOrganization;
};

} // namespace leverage::models

#pragma once

#include "core/domain/Case.h"
#include "core/domain/Organization.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseRepository.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The case form's OK on an existing case, in one write and one undo step: the case's fields,
// its organizations with their roles and referrals, and the organizations typed there as new
// names. A row or a referral naming a new organization carries the id -(n + 1), n being its
// index in `newOrganizations`; the first redo adds them and puts their ids in.
class EditCaseOrganizationsCommand final : public UndoCommand
{
public:
    EditCaseOrganizationsCommand(Workspace &workspace, Case value,
                                 QList<CaseOrganization> organizations,
                                 QList<Organization> newOrganizations);

    const QList<CaseOrganization> &organizations() const { return m_organizations; }
    const QList<Organization> &newOrganizations() const { return m_newOrganizations; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status firstRedo();

    Workspace &m_workspace;
    Case m_case;
    QList<CaseOrganization> m_organizations;
    QList<Organization> m_newOrganizations;
    bool m_done = false;
    Case m_caseBefore;
    QList<CaseOrganization> m_organizationsBefore;
    QList<RemovalSnapshot> m_removedOrganizations; // after an undo
};

} // namespace leverage::models

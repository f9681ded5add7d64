#include "ui/models/undo/AddCaseWithOrganizationCommand.h"

#include "core/store/CaseRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "ui/models/undo/EntityTraits.h"

namespace leverage::models {

AddCaseWithOrganizationCommand::AddCaseWithOrganizationCommand(Workspace &workspace, Case value,
                                                               Organization organization)
    : UndoCommand(EntityTraits<Case>::addText()), m_workspace(workspace), m_case(std::move(value)),
      m_organization(std::move(organization))
{
}

Status AddCaseWithOrganizationCommand::doRedo()
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (m_removedCase && m_removedOrganization) {
        if (auto status = m_removedOrganization->restore(m_workspace); !status)
            return status;
        if (auto status = m_removedCase->restore(m_workspace); !status)
            return status;
        return transaction.commit();
    }
    Organization organization = m_organization;
    Case value = m_case;
    if (auto status = m_workspace.organizations().add(organization); !status)
        return status;
    value.organizationId = organization.meta.id;
    if (auto status = m_workspace.cases().add(value); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_organization = organization;
    m_case = value;
    return {};
}

Status AddCaseWithOrganizationCommand::doUndo()
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    // The case first: the organization's snapshot then holds no case naming it.
    auto removedCase =
        RemovalSnapshot::take(m_workspace, RemovalSnapshot::Kind::Case, m_case.meta.id);
    if (!removedCase)
        return removedCase.status();
    auto removedOrganization = RemovalSnapshot::take(
        m_workspace, RemovalSnapshot::Kind::Organization, m_organization.meta.id);
    if (!removedOrganization)
        return removedOrganization.status();
    if (auto status = transaction.commit(); !status)
        return status;
    m_removedCase = std::move(*removedCase);
    m_removedOrganization = std::move(*removedOrganization);
    return {};
}

} // namespace leverage::models

#include "ui/models/undo/EditCaseOrganizationsCommand.h"

#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/undo/ConflictResolution.h"
#include "ui/models/undo/EntityTraits.h"
#include "ui/models/undo/InOneWrite.h"
#include "ui/models/undo/RowContent.h"

namespace leverage::models {
namespace {

RowId resolved(RowId id, const QList<Organization> &added)
{
    if (id >= 0)
        return id;
    const auto index = qsizetype(-id - 1);
    return index < added.size() ? added.at(index).meta.id : 0;
}

} // namespace

EditCaseOrganizationsCommand::EditCaseOrganizationsCommand(Workspace &workspace, Case value,
                                                           QList<CaseOrganization> organizations,
                                                           QList<Organization> newOrganizations)
    : UndoCommand(EntityTraits<Case>::editText()), m_workspace(workspace), m_case(std::move(value)),
      m_organizations(std::move(organizations)), m_newOrganizations(std::move(newOrganizations))
{
}

Status EditCaseOrganizationsCommand::firstRedo()
{
    auto stored = m_workspace.cases().get(m_case.meta.id);
    if (!stored)
        return stored.status();
    auto before = m_workspace.cases().involvedOrganizations(m_case.meta.id);
    if (!before)
        return before.status();
    QList<Organization> added = m_newOrganizations;
    for (auto &organization : added)
        if (auto status = m_workspace.organizations().add(organization); !status)
            return status;
    QList<CaseOrganization> rows = m_organizations;
    for (auto &row : rows) {
        row.organizationId = resolved(row.organizationId, added);
        row.referredById = resolved(row.referredById, added);
    }
    Case value = m_case;
    value.organizationId = resolved(value.organizationId, added);
    EntityTraits<Case>::keepDerived(value, *stored);
    // A colleague saved the case meanwhile: the person chooses first.
    if (auto status = saveOrResolve(m_workspace, value, *stored, text()); !status)
        return status;
    if (auto status = m_workspace.cases().setInvolvedOrganizations(value.meta.id, rows); !status)
        return status;
    m_caseBefore = *stored;
    m_organizationsBefore = *before;
    m_newOrganizations = added;
    m_organizations = rows;
    m_case = value;
    m_done = true;
    return {};
}

Status EditCaseOrganizationsCommand::doRedo()
{
    if (!m_done)
        return inOneWrite(
            m_workspace, [this] { return firstRedo(); }, [] {});
    return inOneWrite(
        m_workspace,
        [this]() -> Status {
            for (const auto &removed : std::as_const(m_removedOrganizations))
                if (auto status = removed.restore(m_workspace); !status)
                    return status;
            if (auto status = writeRowContent(m_workspace, m_case); !status)
                return status;
            return m_workspace.cases().setInvolvedOrganizations(m_case.meta.id, m_organizations);
        },
        [this] { m_removedOrganizations.clear(); });
}

Status EditCaseOrganizationsCommand::doUndo()
{
    QList<RemovalSnapshot> removed;
    return inOneWrite(
        m_workspace,
        [&]() -> Status {
            if (auto status = writeRowContent(m_workspace, m_caseBefore); !status)
                return status;
            if (auto status = m_workspace.cases().setInvolvedOrganizations(m_case.meta.id,
                                                                           m_organizationsBefore);
                !status)
                return status;
            // The organizations this edit made, now named by nothing on this case.
            for (const auto &organization : std::as_const(m_newOrganizations)) {
                auto taken = RemovalSnapshot::take(m_workspace, RemovalSnapshot::Kind::Organization,
                                                   organization.meta.id);
                if (!taken)
                    return taken.status();
                removed.prepend(std::move(*taken));
            }
            return {};
        },
        [&] { m_removedOrganizations = std::move(removed); });
}

} // namespace leverage::models

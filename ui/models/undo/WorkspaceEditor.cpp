#include "ui/models/undo/WorkspaceEditor.h"

#include "ui/models/undo/AddCaseWithOrganizationCommand.h"
#include "ui/models/undo/AddCommand.h"
#include "ui/models/undo/EditCaseOrganizationsCommand.h"
#include "ui/models/undo/EditCommand.h"
#include "ui/models/undo/EditCommitmentCommand.h"
#include "ui/models/undo/RemoveCommand.h"
#include "ui/models/undo/SaveEntryCommand.h"

#include <memory>

namespace leverage::models {

WorkspaceEditor::WorkspaceEditor(Workspace &workspace, QUndoStack &undoStack,
                                 ErrorReporter &reporter, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_pusher(undoStack, reporter)
{
}

namespace {

template <typename T> Status add(Workspace &ws, const UndoPusher &pusher, T &value)
{
    auto command = std::make_unique<AddCommand<T>>(ws, value);
    const auto *raw = command.get(); // an add never merges: the stack keeps it
    auto status = pusher.push(std::move(command));
    if (status)
        value = raw->value();
    return status;
}

template <typename T> Status edit(Workspace &ws, const UndoPusher &pusher, const T &value)
{
    return pusher.push(std::make_unique<EditCommand<T>>(ws, value));
}

template <typename T> Status remove(Workspace &ws, const UndoPusher &pusher, RowId id)
{
    return pusher.push(std::make_unique<RemoveCommand>(ws, EntityTraits<T>::kind, id,
                                                       EntityTraits<T>::removeText()));
}

} // namespace

Status WorkspaceEditor::addCase(Case &value)
{
    return add(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::addCase(Case &value, Organization &newOrganization)
{
    auto command =
        std::make_unique<AddCaseWithOrganizationCommand>(m_workspace, value, newOrganization);
    const auto *raw = command.get(); // an add never merges: the stack keeps it
    auto status = m_pusher.push(std::move(command));
    if (status) {
        value = raw->value();
        newOrganization = raw->organization();
    }
    return status;
}
Status WorkspaceEditor::updateCase(const Case &value)
{
    return edit(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::updateCase(const Case &value, const QList<CaseOrganization> &organizations,
                                   const QList<Organization> &newOrganizations)
{
    return m_pusher.push(std::make_unique<EditCaseOrganizationsCommand>(
        m_workspace, value, organizations, newOrganizations));
}
Status WorkspaceEditor::removeCase(RowId id)
{
    return remove<Case>(m_workspace, m_pusher, id);
}

Status WorkspaceEditor::addOrganization(Organization &value)
{
    return add(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::updateOrganization(const Organization &value)
{
    return edit(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::removeOrganization(RowId id)
{
    return remove<Organization>(m_workspace, m_pusher, id);
}

Status WorkspaceEditor::addContact(Contact &value)
{
    return add(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::updateContact(const Contact &value)
{
    return edit(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::removeContact(RowId id)
{
    return remove<Contact>(m_workspace, m_pusher, id);
}

Status WorkspaceEditor::addEntry(TimelineEntry &value)
{
    return add(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::updateEntry(const TimelineEntry &value)
{
    return edit(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::saveEntry(TimelineEntry &value, const QList<EntryParticipant> &people,
                                  std::optional<Contact> &newContact)
{
    auto command = std::make_unique<SaveEntryCommand>(m_workspace, value, people, newContact);
    const auto *raw = command.get(); // never merges: the stack keeps it
    auto status = m_pusher.push(std::move(command));
    if (status) {
        value = raw->entry();
        newContact = raw->newContact();
    }
    return status;
}
Status WorkspaceEditor::removeEntry(RowId id)
{
    return remove<TimelineEntry>(m_workspace, m_pusher, id);
}

Status WorkspaceEditor::addCommitment(Commitment &value)
{
    return add(m_workspace, m_pusher, value);
}
Status WorkspaceEditor::updateCommitment(const Commitment &value)
{
    return m_pusher.push(std::make_unique<EditCommitmentCommand>(m_workspace, value));
}
Status WorkspaceEditor::removeCommitment(RowId id)
{
    return remove<Commitment>(m_workspace, m_pusher, id);
}

Result<RemovalImpact> WorkspaceEditor::caseRemovalImpact(RowId caseId) const
{
    return RemovalSnapshot::impactOf(m_workspace, RemovalSnapshot::Kind::Case, caseId);
}

Result<RemovalImpact> WorkspaceEditor::organizationRemovalImpact(RowId organizationId) const
{
    return RemovalSnapshot::impactOf(m_workspace, RemovalSnapshot::Kind::Organization,
                                     organizationId);
}

Result<RemovalImpact> WorkspaceEditor::contactRemovalImpact(RowId contactId) const
{
    return RemovalSnapshot::impactOf(m_workspace, RemovalSnapshot::Kind::Contact, contactId);
}

} // namespace leverage::models

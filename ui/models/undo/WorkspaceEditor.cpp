#include "ui/models/undo/WorkspaceEditor.h"

#include "ui/models/undo/AddCommand.h"
#include "ui/models/undo/EditCommand.h"
#include "ui/models/undo/RemoveCommand.h"

#include <QPointer>
#include <QUndoStack>
#include <memory>

namespace leverage::models {
namespace {

// Runs the command's first redo and hands it to the stack only if it succeeded.
template <typename Command> Status pushIfDone(QUndoStack &stack, std::unique_ptr<Command> command)
{
    auto status = command->execute();
    if (status)
        stack.push(command.release()); // push() calls redo(), which skips the done first run
    return status;
}

// Failures of later undos and redos become the editor's signal; a command left on the stack
// after the editor is gone reports nowhere.
EditorCommand::ErrorSink sinkFor(WorkspaceEditor *editor)
{
    return [self = QPointer<WorkspaceEditor>(editor)](const QString &message) {
        if (self)
            Q_EMIT self->errorOccurred(message);
    };
}

} // namespace

WorkspaceEditor::WorkspaceEditor(Workspace &workspace, QUndoStack &undoStack, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_undoStack(undoStack)
{
}

namespace {

template <typename T>
Status add(Workspace &ws, QUndoStack &stack, EditorCommand::ErrorSink sink, T &value)
{
    auto command = std::make_unique<AddCommand<T>>(ws, std::move(sink), value);
    auto *raw = command.get();
    auto status = raw->execute();
    if (!status)
        return status;
    value = raw->value();
    stack.push(command.release());
    return status;
}

template <typename T>
Status edit(Workspace &ws, QUndoStack &stack, EditorCommand::ErrorSink sink, const T &value)
{
    return pushIfDone(stack, std::make_unique<EditCommand<T>>(ws, std::move(sink), value));
}

template <typename T>
Status remove(Workspace &ws, QUndoStack &stack, EditorCommand::ErrorSink sink, RowId id)
{
    return pushIfDone(stack,
                      std::make_unique<RemoveCommand>(ws, std::move(sink), EntityTraits<T>::kind,
                                                      id, EntityTraits<T>::removeText()));
}

} // namespace

Status WorkspaceEditor::addCase(Case &value)
{
    return add(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::updateCase(const Case &value)
{
    return edit(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::removeCase(RowId id)
{
    return remove<Case>(m_workspace, m_undoStack, sinkFor(this), id);
}

Status WorkspaceEditor::addOrganization(Organization &value)
{
    return add(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::updateOrganization(const Organization &value)
{
    return edit(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::removeOrganization(RowId id)
{
    return remove<Organization>(m_workspace, m_undoStack, sinkFor(this), id);
}

Status WorkspaceEditor::addContact(Contact &value)
{
    return add(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::updateContact(const Contact &value)
{
    return edit(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::removeContact(RowId id)
{
    return remove<Contact>(m_workspace, m_undoStack, sinkFor(this), id);
}

Status WorkspaceEditor::addEntry(TimelineEntry &value)
{
    return add(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::updateEntry(const TimelineEntry &value)
{
    return edit(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::removeEntry(RowId id)
{
    return remove<TimelineEntry>(m_workspace, m_undoStack, sinkFor(this), id);
}

Status WorkspaceEditor::addCommitment(Commitment &value)
{
    return add(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::updateCommitment(const Commitment &value)
{
    return edit(m_workspace, m_undoStack, sinkFor(this), value);
}
Status WorkspaceEditor::removeCommitment(RowId id)
{
    return remove<Commitment>(m_workspace, m_undoStack, sinkFor(this), id);
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

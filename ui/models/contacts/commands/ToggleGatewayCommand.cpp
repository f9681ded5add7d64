#include "ui/models/contacts/commands/ToggleGatewayCommand.h"

#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace leverage::models {

ToggleGatewayCommand::ToggleGatewayCommand(Workspace &workspace, RowId contactId, bool makeGateway,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_workspace(workspace), m_contactId(contactId),
      m_makeGateway(makeGateway)
{
    auto contact = workspace.contacts().get(contactId);
    const QString name = contact ? contact->name : QString();
    setText(makeGateway
                ? QCoreApplication::translate("leverage", "Bookmark %1 as a gateway").arg(name)
                : QCoreApplication::translate("leverage", "Remove %1 from the gateways").arg(name));
}

Status ToggleGatewayCommand::apply(QUndoStack &stack, Workspace &workspace, RowId contactId,
                                   bool makeGateway)
{
    auto command = std::make_unique<ToggleGatewayCommand>(workspace, contactId, makeGateway);
    command->redo();
    Status status = command->lastStatus();
    if (!status)
        return status;
    command->m_skipNextRedo = true; // QUndoStack::push calls redo(): it already ran
    stack.push(command.release());
    return status;
}

void ToggleGatewayCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_status = set(m_makeGateway);
}

void ToggleGatewayCommand::undo()
{
    m_status = set(!m_makeGateway);
}

Status ToggleGatewayCommand::set(bool gateway)
{
    auto contact = m_workspace.contacts().get(m_contactId);
    if (!contact) {
        logging::get("ui")->warn("gateway toggle: contact {} not found", m_contactId);
        return contact.status();
    }
    if (contact->isGateway == gateway)
        return {};
    contact->isGateway = gateway;
    Status status = m_workspace.contacts().update(*contact);
    if (!status)
        logging::get("ui")->warn("gateway toggle of contact {} failed", m_contactId);
    return status;
}

} // namespace leverage::models

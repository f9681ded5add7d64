#include "ui/models/contacts/commands/ToggleGatewayCommand.h"

#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {
namespace {

QString textFor(Workspace &workspace, RowId contactId, bool makeGateway)
{
    auto contact = workspace.contacts().get(contactId);
    const QString name = contact ? contact->name : QString();
    return makeGateway
               ? QCoreApplication::translate("leverage", "Bookmark %1 as a gateway").arg(name)
               : QCoreApplication::translate("leverage", "Remove %1 from the gateways").arg(name);
}

} // namespace

ToggleGatewayCommand::ToggleGatewayCommand(Workspace &workspace, RowId contactId, bool makeGateway)
    : UndoCommand(textFor(workspace, contactId, makeGateway)), m_workspace(workspace),
      m_contactId(contactId), m_makeGateway(makeGateway)
{
}

bool ToggleGatewayCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ToggleGatewayCommand *>(other); // same id()
    if (next->m_contactId != m_contactId || next->m_makeGateway == m_makeGateway)
        return false;
    setObsolete(true); // set and cleared again (or the reverse): nothing left to undo
    return true;
}

Status ToggleGatewayCommand::doRedo()
{
    return set(m_makeGateway);
}

Status ToggleGatewayCommand::doUndo()
{
    return set(!m_makeGateway);
}

Status ToggleGatewayCommand::set(bool gateway)
{
    auto contact = m_workspace.contacts().get(m_contactId);
    if (!contact)
        return contact.status();
    if (contact->isGateway == gateway)
        return {};
    contact->isGateway = gateway;
    return m_workspace.contacts().update(*contact);
}

} // namespace leverage::models

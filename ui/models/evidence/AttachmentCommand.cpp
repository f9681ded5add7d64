#include "ui/models/evidence/AttachmentCommand.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {

AttachmentCommand::AttachmentCommand(Workspace &workspace, Attachment attachment, bool attaching)
    : UndoCommand((attaching
                       ? QCoreApplication::translate("leverage::models", "Attach “%1”")
                       : QCoreApplication::translate("leverage::models", "Remove Attachment “%1”"))
                      .arg(attachment.originalName)),
      m_workspace(workspace), m_attachment(std::move(attachment)), m_attaching(attaching)
{
}

std::unique_ptr<AttachmentCommand> AttachmentCommand::attach(Workspace &workspace,
                                                             Attachment attachment)
{
    return std::unique_ptr<AttachmentCommand>(
        new AttachmentCommand(workspace, std::move(attachment), true));
}

std::unique_ptr<AttachmentCommand> AttachmentCommand::remove(Workspace &workspace,
                                                             Attachment attachment)
{
    return std::unique_ptr<AttachmentCommand>(
        new AttachmentCommand(workspace, std::move(attachment), false));
}

Status AttachmentCommand::doRedo()
{
    return m_attaching ? put() : take();
}

Status AttachmentCommand::doUndo()
{
    return m_attaching ? take() : put();
}

Status AttachmentCommand::put()
{
    Attachment value = m_attachment; // a restored row keeps its id, identity and times
    if (auto status = m_workspace.attachments().add(value); !status)
        return status;
    m_attachment = value;
    return {};
}

Status AttachmentCommand::take()
{
    // The row as it is now (marked an exhibit since, say) is what an undo puts back.
    auto stored = m_workspace.attachments().get(m_attachment.meta.id);
    if (!stored)
        return stored.status();
    if (auto status = m_workspace.attachments().remove(stored->meta.id); !status)
        return status;
    m_attachment = *stored;
    return {};
}

} // namespace leverage::models

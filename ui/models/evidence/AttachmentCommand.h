#pragma once

#include "core/domain/Attachment.h"
#include "ui/models/undo/UndoCommand.h"

#include <memory>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Attaches a file whose content is already stored (AttachmentRunner), or removes an
// attachment; undo does the opposite. The row comes back with its id, so later commands on
// the stack still find it; the content stays stored either way, so a redo needs no file.
class AttachmentCommand final : public UndoCommand
{
public:
    static std::unique_ptr<AttachmentCommand> attach(Workspace &workspace, Attachment attachment);
    static std::unique_ptr<AttachmentCommand> remove(Workspace &workspace, Attachment attachment);

    // The attachment as stored, its id filled in after the first redo of an attach.
    const Attachment &attachment() const { return m_attachment; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    AttachmentCommand(Workspace &workspace, Attachment attachment, bool attaching);
    Status put();
    Status take();

    Workspace &m_workspace;
    Attachment m_attachment;
    bool m_attaching;
};

} // namespace leverage::models

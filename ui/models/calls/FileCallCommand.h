#pragma once

#include "core/calls/CallSession.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// "File call" on the undo stack, for a call ended in the pane and for one filed as it was
// from the resume offer. The first redo files the call: the entry, its commitments,
// follow-ups and the contacts first met on the call, in one transaction. Undo takes all of
// it back off the case and keeps the call as a draft (offered again by the resume offer);
// redo files it again.
class FileCallCommand final : public UndoCommand
{
public:
    FileCallCommand(Workspace &workspace, CallState filing);

    // What the last filing wrote (empty before the first redo).
    const FiledCall &filed() const { return m_filed; }
    const CallState &state() const { return m_state; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    CallSession m_session;
    CallState m_state;
    FiledCall m_filed;
};

} // namespace leverage::models

#pragma once

#include "core/calls/CallSession.h"

#include <QUndoCommand>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// "File call" on the undo stack. Undo takes the entry, its commitments, follow-ups and the
// contacts first met on the call back off the case and keeps the call as a draft (offered
// again by the resume offer); redo files it again. Built after the first filing succeeded.
class FileCallCommand final : public QUndoCommand
{
public:
    FileCallCommand(Workspace &workspace, CallState filedState, FiledCall filed);

    void undo() override;
    void redo() override;

    const FiledCall &filed() const { return m_filed; }
    const CallState &state() const { return m_state; }
    // The last undo or redo's outcome (a failure leaves the store as it was).
    const Status &lastStatus() const { return m_status; }

private:
    CallSession m_session;
    CallState m_state;
    FiledCall m_filed;
    Status m_status;
    bool m_done = true;
};

} // namespace leverage::models

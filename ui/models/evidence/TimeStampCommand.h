#pragma once

#include "core/store/TimeStampRepository.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Keeps a time-stamp the authority granted (TimeStampClient) with the case; undo lets it go,
// redo keeps the same token again under its id (the authority is not asked twice).
class TimeStampCommand final : public UndoCommand
{
public:
    TimeStampCommand(Workspace &workspace, TimeStampRepository::Stamp stamp);

    const TimeStampRepository::Stamp &stamp() const { return m_stamp; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    TimeStampRepository::Stamp m_stamp;
};

} // namespace leverage::models

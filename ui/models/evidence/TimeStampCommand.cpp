#include "ui/models/evidence/TimeStampCommand.h"

#include <QCoreApplication>

namespace leverage::models {

TimeStampCommand::TimeStampCommand(Workspace &workspace, TimeStampRepository::Stamp stamp)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Time-stamp the Record")),
      m_workspace(workspace), m_stamp(std::move(stamp))
{
}

Status TimeStampCommand::doRedo()
{
    auto id = TimeStampRepository(m_workspace).add(m_stamp);
    if (!id)
        return id.status();
    m_stamp.id = *id;
    return {};
}

Status TimeStampCommand::doUndo()
{
    return TimeStampRepository(m_workspace).remove(m_stamp.id);
}

} // namespace leverage::models

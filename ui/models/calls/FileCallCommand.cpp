#include "ui/models/calls/FileCallCommand.h"

#include <QCoreApplication>

namespace leverage::models {

FileCallCommand::FileCallCommand(Workspace &workspace, CallState filing)
    : UndoCommand(QCoreApplication::translate("leverage", "File call")), m_session(workspace),
      m_state(std::move(filing))
{
}

Status FileCallCommand::doRedo()
{
    auto filed = m_session.fileCall(m_state);
    if (!filed)
        return filed.status();
    m_filed = *filed;
    return {};
}

Status FileCallCommand::doUndo()
{
    return m_session.unfile(m_filed, m_state);
}

} // namespace leverage::models

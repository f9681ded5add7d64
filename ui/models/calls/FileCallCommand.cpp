#include "ui/models/calls/FileCallCommand.h"

#include "core/util/Logging.h"

#include <QCoreApplication>

namespace leverage::models {

FileCallCommand::FileCallCommand(Workspace &workspace, CallState filedState, FiledCall filed)
    : m_session(workspace), m_state(std::move(filedState)), m_filed(std::move(filed))
{
    setText(QCoreApplication::translate("leverage", "File call"));
}

void FileCallCommand::undo()
{
    if (!m_done)
        return;
    m_status = m_session.unfile(m_filed, m_state);
    if (m_status)
        m_done = false;
    else
        logging::get("calls")->warn("undo of filing entry {} failed", m_filed.entryId);
}

void FileCallCommand::redo()
{
    if (m_done)
        return; // the first redo is the filing that built this command
    auto filed = m_session.fileCall(m_state);
    if (!filed) {
        m_status = filed.status();
        logging::get("calls")->warn("redo of filing draft {} failed", m_state.draftId);
        return;
    }
    m_status = {};
    m_filed = *filed;
    m_done = true;
}

} // namespace leverage::models

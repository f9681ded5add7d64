#include "core/store/WriteTransaction.h"

#include "core/store/Workspace.h"

namespace leverage {

WriteTransaction::WriteTransaction(Workspace &workspace) : m_workspace(workspace)
{
    m_status = m_workspace.beginWrite();
    m_open = m_status.isOk();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_workspace.rollbackWrite();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_status;
    m_open = false;
    return m_workspace.commitWrite();
}

} // namespace leverage

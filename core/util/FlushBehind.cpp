#include "core/util/FlushBehind.h"

#include <QFile>
#include <fcntl.h>
#include <unistd.h>

namespace leverage {

FlushBehind::FlushBehind(const QString &path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC))
{
}

FlushBehind::~FlushBehind()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void FlushBehind::writtenSoFar()
{
    if (m_fd < 0)
        return;
#ifdef Q_OS_LINUX
    // The data only: no journal commit per step, which the window's commits would queue behind.
    ::sync_file_range(m_fd, 0, 0,
                      SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                          SYNC_FILE_RANGE_WAIT_AFTER);
#else
    ::fdatasync(m_fd);
#endif
}

} // namespace leverage

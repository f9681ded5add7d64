#include "core/util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace leverage::privatefiles {

bool createFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The mode given to open() is masked by the umask; fchmod is not.
    const bool ok = ::fchmod(fd, 0600) == 0;
    if (!ok && error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}

bool createDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return makePrivate(path);
}

bool makePrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::stat(name.constData(), &info) != 0)
        return false;
    const mode_t wanted = S_ISDIR(info.st_mode) ? 0700 : 0600;
    if ((info.st_mode & 0777) == (info.st_mode & wanted))
        return true; // already private (perhaps stricter still)
    return ::chmod(name.constData(), info.st_mode & wanted) == 0;
}

} // namespace leverage::privatefiles

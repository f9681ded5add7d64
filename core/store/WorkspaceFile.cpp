#include "core/store/WorkspaceFile.h"

#include "core/store/ServerAddress.h"
#include "core/util/Logging.h"
#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace leverage {
namespace {

// SQLite files start with this 16-byte header; anything else is not ours to open.
bool hasSqliteHeader(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The write bits count even for root: a file or folder marked read-only is meant to stay so.
bool canWrite(const QFileInfo &info)
{
    const auto anyWrite =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

qint64 linkCount(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 1;
    return qint64(info.st_nlink);
}

// The path a file is really at: symlinks resolved, also for a file not written yet (then
// through its folder); empty when the folder does not exist.
QString realPath(const QString &path)
{
    const QFileInfo given(path);
    if (given.exists())
        return given.canonicalFilePath();
    const QString folder = QFileInfo(given.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(given.fileName());
}

// The files a workspace is made of besides itself; removeCreated() and isPartOf() name them.
constexpr const char *kCompanions[] = {"-wal", "-shm", "-journal"};

const char *const kReadOnlyFolder = QT_TRANSLATE_NOOP(
    "leverage",
    "\"%1\" is in a read-only folder, so Leverage cannot save changes to it. Copy it to a "
    "folder you can write to, or change the folder's permissions, then open it again.");

} // namespace

Error WorkspaceFile::error(Error::Code code, const QString &path, const char *sentence)
{
    // A team workspace is named by its database.
    const auto address = ServerAddress::isServerUrl(path) ? ServerAddress::parse(path)
                                                          : Result<ServerAddress>(ServerAddress{});
    const auto name =
        address && !address->database.isEmpty() ? address->database : QFileInfo(path).fileName();
    return {code, QCoreApplication::translate("leverage", sentence).arg(name)};
}

Result<WorkspaceFile> WorkspaceFile::inspect(const QString &path, Access access)
{
    auto log = logging::get("store");
    const QFileInfo given(path);
    WorkspaceFile file;
    if (given.exists()) {
        file.m_path = given.canonicalFilePath();
    } else if (given.isSymLink()) {
        return error(
            Error::Code::NotFound, path,
            QT_TRANSLATE_NOOP(
                "leverage",
                "\"%1\" is a link to a file that no longer exists. Open the file itself."));
    } else {
        file.m_path = realPath(path);
        if (file.m_path.isEmpty())
            return error(
                Error::Code::NotFound, path,
                QT_TRANSLATE_NOOP("leverage",
                                  "The folder for \"%1\" does not exist. Choose another place."));
    }
    const QFileInfo info(file.m_path);
    file.m_exists = info.exists();
    if (file.m_exists && !info.isFile())
        return error(Error::Code::NotAWorkspace, path,
                     QT_TRANSLATE_NOOP(
                         "leverage",
                         "\"%1\" is a folder, not a Leverage workspace. Choose a .leverage file."));
    if (file.m_exists) {
        if (const qint64 names = linkCount(file.m_path); names > 1) {
            log->warn("open refused: the file has {} hard links", names);
            return error(Error::Code::Conflict, path,
                         QT_TRANSLATE_NOOP(
                             "leverage",
                             "\"%1\" has more than one name on this disk (a hard link). Changes "
                             "saved through one name could be lost when it is opened through "
                             "another, so Leverage left it as it is. Copy it to a file of its own "
                             "and open the copy."));
        }
        if (info.size() == 0) {
            log->warn("open refused: the file is empty");
            return error(
                Error::Code::NotAWorkspace, path,
                QT_TRANSLATE_NOOP("leverage",
                                  "\"%1\" is empty (0 bytes): it may be a failed copy or a sync "
                                  "placeholder; Leverage left it as it is."));
        }
        if (!hasSqliteHeader(file.m_path)) {
            log->warn("open refused: not a SQLite file");
            return error(Error::Code::NotAWorkspace, path,
                         QT_TRANSLATE_NOOP(
                             "leverage",
                             "\"%1\" is not a Leverage workspace. It was left as it is; choose a "
                             ".leverage file or create a new workspace."));
        }
    }
    const bool fileWritable = file.m_exists && canWrite(info);
    const bool folderWritable = canWrite(QFileInfo(info.absolutePath()));

    if (access == Access::ReadOnly) {
        if (!file.m_exists)
            return error(Error::Code::NotFound, path,
                         QT_TRANSLATE_NOOP("leverage", "There is no workspace at \"%1\"."));
        // A read-only connection would leave -wal and -shm beside a file it cannot write
        // (read-only themselves, they would then stop the next writer). Immutable mode reads
        // the file alone, which is right unless a -wal still holds committed changes.
        const QFileInfo wal(file.m_path + QStringLiteral("-wal"));
        const bool walPending = wal.exists() && wal.size() > 0;
        file.m_readImmutable = !walPending && !(fileWritable && folderWritable);
        return file;
    }

    if (file.m_exists && !fileWritable)
        return error(Error::Code::ReadOnly, path,
                     QT_TRANSLATE_NOOP(
                         "leverage",
                         "\"%1\" is read-only, so Leverage cannot save changes to it. Copy it "
                         "to a folder you can write to, or change its permissions, then open it "
                         "again."));
    if (!folderWritable) {
        if (!file.m_exists)
            return error(Error::Code::Io, path,
                         QT_TRANSLATE_NOOP(
                             "leverage",
                             "Leverage cannot create \"%1\" there: the folder is not writable."));
        return error(Error::Code::ReadOnly, path, kReadOnlyFolder);
    }
    return file;
}

Status WorkspaceFile::create() const
{
    QString reason;
    if (privatefiles::createFile(m_path, &reason))
        return {};
    logging::get("store")->error("creating the workspace file failed: {}", reason.toStdString());
    return Error{Error::Code::Io,
                 QCoreApplication::translate("leverage", "Leverage could not create \"%1\": %2.")
                     .arg(QFileInfo(m_path).fileName(), reason)};
}

void WorkspaceFile::removeCreated() const
{
    for (const char *suffix : kCompanions)
        QFile::remove(m_path + QLatin1String(suffix));
    QFile::remove(m_path);
}

bool WorkspaceFile::isPartOf(const QString &workspacePath, const QString &target)
{
    if (ServerAddress::isServerUrl(workspacePath))
        return false;
    const QString workspace = realPath(workspacePath);
    const QString written = realPath(target);
    if (workspace.isEmpty() || written.isEmpty())
        return false;
    if (written == workspace || written == workspace + QStringLiteral(".lock"))
        return true;
    for (const char *suffix : kCompanions)
        if (written == workspace + QLatin1String(suffix))
            return true;
    return false;
}

bool WorkspaceFile::isWorkspaceOrBeside(const QString &target)
{
    const QString written = realPath(target);
    if (written.isEmpty())
        return false;
    const auto besideOne = [&](QLatin1String suffix) {
        return written.endsWith(suffix) && hasSqliteHeader(written.chopped(suffix.size()));
    };
    if (hasSqliteHeader(written) || besideOne(QLatin1String(".lock")))
        return true;
    for (const char *suffix : kCompanions)
        if (besideOne(QLatin1String(suffix)))
            return true;
    return false;
}

Result<std::unique_ptr<QLockFile>> WorkspaceFile::lock() const
{
    const QString lockPath = m_path + QStringLiteral(".lock");
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        privatefiles::makePrivate(lockPath);
        return lock;
    }
    auto log = logging::get("store");
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        log->warn("open refused: lock held by pid {}", pid);
        return error(
            Error::Code::Locked, m_path,
            QT_TRANSLATE_NOOP("leverage",
                              "\"%1\" is already open in another Leverage window. Switch to that "
                              "window, or close it and try again."));
    }
    case QLockFile::PermissionError:
        log->warn("open refused: the lock file cannot be created");
        return error(Error::Code::ReadOnly, m_path, kReadOnlyFolder);
    default:
        log->warn("open refused: locking failed ({})", int(lock->error()));
        return error(Error::Code::Io, m_path,
                     QT_TRANSLATE_NOOP(
                         "leverage",
                         "Leverage could not open \"%1\": it could not be marked as in use. The "
                         "log has the details."));
    }
}

} // namespace leverage

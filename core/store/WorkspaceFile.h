#pragma once

#include "core/util/Result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace leverage {

// The file under a workspace, checked before SQLite touches it: what it is, whether it may be
// written, and the lock that keeps a second writer out. A file has one identity however it is
// reached: symlinks are resolved to the real path (SQLite's -wal and -shm live beside that
// name), and a file with several names (hard links) is refused, because each name would get
// its own -wal and a change saved through one name could be lost through another.
class WorkspaceFile final
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly // never writes, takes no lock, works beside a window that has it open
    };

    static Result<WorkspaceFile> inspect(const QString &path, Access access);

    // The real path (symlinks resolved); what SQLite is given.
    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    // For reading a file that cannot be written here (read-only file or folder) and has no
    // pending -wal: SQLite's `immutable` mode, which creates no -wal or -shm beside it.
    bool readAsImmutable() const { return m_readImmutable; }

    // A new, empty file private to the user (0600 whatever the umask).
    Status create() const;
    // Undoes create() after a failed first open, so no empty file is left behind.
    void removeCreated() const;
    // The "already open" lock, beside the real file; private to the user.
    Result<std::unique_ptr<QLockFile>> lock() const;

    // Whether writing `target` would replace the workspace at `workspacePath` or a file SQLite
    // or the lock keeps beside it (-wal, -shm, -journal, .lock), however either is named
    // (relative, through a symlink). An export must never be written there: the workspace
    // would be lost under it.
    static bool isPartOf(const QString &workspacePath, const QString &target);
    // Whether `target` is a workspace (an SQLite file) or a file SQLite or the lock keeps
    // beside one, whichever workspace and however named: what no document may be saved over.
    static bool isWorkspaceOrBeside(const QString &target);

    // An error whose sentence names the file ("%1" is its file name).
    static Error error(Error::Code code, const QString &path, const char *sentence);

private:
    QString m_path;
    bool m_exists = false;
    bool m_readImmutable = false;
};

} // namespace leverage

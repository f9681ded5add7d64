#include "core/store/WorkspaceBackup.h"

#include "core/util/FlushBehind.h"
#include "core/util/Logging.h"
#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <unistd.h>

namespace leverage {
namespace {

const char *const kStampFormat = "yyyyMMdd-HHmmsszzz";
// 16 MiB of 4 KiB pages a step: what is written between two flushes of the copy.
constexpr int kPagesPerStep = 4096;

Error failure(const char *what)
{
    return {Error::Code::Io,
            QCoreApplication::translate("leverage", "The backup could not be written: %1. The "
                                                    "workspace itself is unchanged.")
                .arg(QCoreApplication::translate("leverage", what))};
}

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, Closer>;

Connection openDatabase(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK)
        return nullptr;
    sqlite3_busy_timeout(db, 5000);
    return connection;
}

bool fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool integrityOk(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    bool ok = sqlite3_step(statement) == SQLITE_ROW &&
              qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)), "ok") == 0;
    sqlite3_finalize(statement);
    return ok;
}

} // namespace

Status WorkspaceBackup::write(const QString &source, const QString &destination)
{
    auto log = logging::get("store");
    QElapsedTimer timer;
    timer.start();
    const QString temporary = destination + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (!privatefiles::createFile(temporary))
        return failure("the backup folder is not writable");
    auto cleanUp = qScopeGuard([&temporary] { QFile::remove(temporary); });

    auto from = openDatabase(source, SQLITE_OPEN_READONLY);
    auto to = openDatabase(temporary, SQLITE_OPEN_READWRITE);
    if (!from || !to) {
        log->error("backup: opening failed");
        return failure("the workspace could not be read");
    }
    // The copy is synced here, a few megabytes at a time (FlushBehind), and once whole before
    // the rename; SQLite syncing it at the end as one piece held up the window's own commits
    // behind that gigabyte (the file system writes one journal for both).
    if (sqlite3_exec(to.get(), "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure("the copy could not be started");
    // One read transaction from the first page to the last: a snapshot of the workspace. In
    // WAL mode that reader blocks no writer, so the window keeps saving; and as the snapshot
    // never changes, the window's commits do not restart the copy (SQLite restarts a backup
    // whose source changed between steps, and a large workspace's backup then never finished
    // while the user edited).
    if (sqlite3_exec(from.get(), "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        log->error("backup: could not start reading: {}", sqlite3_errmsg(from.get()));
        return failure("the workspace could not be read");
    }
    sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from.get(), "main");
    if (!backup) {
        log->error("backup: init failed: {}", sqlite3_errmsg(to.get()));
        return failure("the workspace could not be read");
    }
    FlushBehind flush(temporary);
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
        else if (rc == SQLITE_OK)
            flush.writtenSoFar();
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    sqlite3_exec(from.get(), "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_DONE) {
        log->error("backup: copying failed ({})", rc);
        return failure("the workspace could not be read");
    }
    from.reset();
    // The pages came with the workspace's WAL flag; a rollback journal makes the copy one
    // self-contained file that needs no -wal or -shm beside it.
    if (sqlite3_exec(to.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return failure("the copy could not be finished");
    flush.writtenSoFar();
    if (!integrityOk(to.get())) {
        log->error("backup: the copy failed its integrity check");
        return failure("the copy did not pass its check");
    }
    to.reset();
    if (!fsyncPath(temporary, O_RDONLY))
        return failure("the copy could not be saved to disk");
    if (::rename(QFile::encodeName(temporary).constData(),
                 QFile::encodeName(destination).constData()) != 0)
        return failure("the copy could not be put in place");
    cleanUp.dismiss();
    fsyncPath(QFileInfo(destination).absolutePath(), O_RDONLY | O_DIRECTORY);
    log->info("backup written in {} ms", timer.elapsed());
    return {};
}

QList<WorkspaceBackup::Entry> WorkspaceBackup::list(const QString &folder, const QString &stem)
{
    QList<Entry> entries;
    const QString prefix = stem + QLatin1Char('-');
    const auto names = QDir(folder).entryList({prefix + QStringLiteral("*.leverage")}, QDir::Files,
                                              QDir::Name | QDir::Reversed);
    for (const auto &name : names) {
        const QString stamp = name.mid(prefix.size()).chopped(int(qstrlen(".leverage")));
        auto takenAt = QDateTime::fromString(stamp, QLatin1String(kStampFormat));
        if (!takenAt.isValid())
            continue;
        takenAt.setTimeSpec(Qt::UTC);
        entries.append({QDir(folder).filePath(name), takenAt});
    }
    return entries;
}

QStringList WorkspaceBackup::toPrune(const QList<Entry> &entries, const QDateTime &now,
                                     int keepLast, int days)
{
    QStringList prune;
    QSet<QDate> daysKept;
    const QDate oldest = now.toUTC().date().addDays(-(days - 1));
    for (int i = 0; i < entries.size(); ++i) {
        const QDate day = entries[i].takenAt.date();
        const bool recent = i < keepLast;
        const bool dayNotYetKept = day >= oldest && !daysKept.contains(day);
        if (recent || dayNotYetKept)
            daysKept.insert(day);
        else
            prune << entries[i].path;
    }
    return prune;
}

Result<QString> WorkspaceBackup::rollingBackup(const QString &source, const QString &folder,
                                               const QDateTime &now, int keepLast)
{
    if (!privatefiles::createDirectory(folder))
        return failure("the backup folder could not be created");
    const QString stem = QFileInfo(source).completeBaseName();
    const QString destination =
        QDir(folder).filePath(QStringLiteral("%1-%2.leverage")
                                  .arg(stem, now.toUTC().toString(QLatin1String(kStampFormat))));
    if (auto status = write(source, destination); !status)
        return status.error();
    for (const auto &old : toPrune(list(folder, stem), now, keepLast))
        QFile::remove(old);
    return destination;
}

std::optional<int> WorkspaceBackup::caseCount(const QString &path)
{
    auto db = openDatabase(path, SQLITE_OPEN_READONLY);
    if (!db)
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.get(), "SELECT count(*) FROM cases", -1, &statement, nullptr) !=
        SQLITE_OK)
        return std::nullopt;
    std::optional<int> count;
    if (sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return count;
}

Status WorkspaceBackup::restore(const QString &backup, const QString &destination)
{
    if (QFileInfo::exists(destination))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "leverage", "%1 already exists. A backup is restored into a new file: "
                                     "choose a name that is not taken.")
                         .arg(QFileInfo(destination).fileName())};
    if (!caseCount(backup))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "leverage", "The backup %1 cannot be read; choose another one.")
                         .arg(QFileInfo(backup).fileName())};
    return write(backup, destination);
}

} // namespace leverage

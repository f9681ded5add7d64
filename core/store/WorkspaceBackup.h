#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace leverage {

// Rolling backups of a workspace file. Each copy is made with SQLite's online backup API over
// a connection of its own (consistent even while the window keeps writing), into a temporary
// file that is checked with integrity_check, synced and only then renamed into place; it is
// private to the user. The workspace itself is only read. Meant to run off the GUI thread
// (see BackupRunner).
class WorkspaceBackup final
{
public:
    struct Entry
    {
        QString path;
        QDateTime takenAt; // UTC, from the file name
    };

    static Status write(const QString &source, const QString &destination);

    // The backups of `stem` in `folder` (named STEM-yyyyMMdd-HHmmsszzz.leverage), newest first.
    static QList<Entry> list(const QString &folder, const QString &stem);
    // Of `entries` (newest first), the ones to delete: the newest `keepLast` stay, and the
    // newest of each day of the last `days` days.
    static QStringList toPrune(const QList<Entry> &entries, const QDateTime &now, int keepLast = 10,
                               int days = 30);
    // Writes a new backup of `source` into `folder` (created private if missing), then prunes.
    static Result<QString> rollingBackup(const QString &source, const QString &folder,
                                         const QDateTime &now, int keepLast = 10);
    // How many cases the backup at `path` holds; empty when it cannot be read.
    static std::optional<int> caseCount(const QString &path);
    // Copies the backup `backup` into the new file `destination` the way write() does (checked,
    // synced, private). An existing destination is never replaced.
    static Status restore(const QString &backup, const QString &destination);
};

} // namespace leverage

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace leverage {

// One file inside a workspace archive: its path in the archive ("workspace.leverage",
// "attachments/…") and its bytes.
struct ArchiveEntry
{
    QString path;
    QByteArray data;
};

using ArchiveEntries = QList<ArchiveEntry>;

// What an import accepts at most; tests lower them.
struct ArchiveLimits
{
    qint64 maxEntryBytes = qint64(2) << 30;
    qint64 maxArchiveBytes = qint64(4) << 30;
};

} // namespace leverage

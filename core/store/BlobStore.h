#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;

namespace leverage {

class SqlDialect;

// File contents inside the workspace, stored once by SHA-256, in rows of at most kChunkSize
// bytes so a 500 MB video passes through in pieces and is never held whole in memory.
// Works on any connection to the workspace file: the attach and open jobs run on a thread of
// their own with a connection of their own (SideConnection), so the window keeps painting.
class BlobStore final
{
public:
    static constexpr qint64 kChunkSize = 1024 * 1024;

    struct Stored
    {
        QString sha256;
        qint64 size = 0;
        bool alreadyStored = false; // the same content was there: nothing new was written
    };

    // done and total bytes; return false to stop (as cancel does).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Reads `in` to its end into the store, in one transaction of its own on `db` (or, with
    // `insideWrite`, a savepoint of the write already open there): a cancel, a read error or a
    // full disk leaves nothing behind. Content already stored is not stored twice.
    static Result<Stored> write(const QSqlDatabase &db, const SqlDialect &dialect, QIODevice &in,
                                qint64 total, qint64 nowMs, const Progress &progress,
                                const std::atomic<bool> *cancel, bool insideWrite = false);
    // Writes the content named `sha256` to `out`, piece by piece.
    static Status read(const QSqlDatabase &db, const QString &sha256, QIODevice &out,
                       const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
    // The whole content of a small file (a thumbnail's image, an exhibit to print); refused
    // with Error::Code::Invalid above `maxBytes`, before more than a piece is read.
    static Result<QByteArray> readAll(const QSqlDatabase &db, const QString &sha256,
                                      qint64 maxBytes);
    static Result<bool> contains(const QSqlDatabase &db, const QString &sha256);
    // The contents attached to a case's rows (caseId 0: to any row).
    static Result<QStringList> attachedBlobs(const QSqlDatabase &db, RowId caseId);
    // The SHA-256 of the stored pieces of `sha256`, as they are now.
    static Result<QString> recomputeSha256(const QSqlDatabase &db, const QString &sha256);
};

} // namespace leverage

#pragma once

#include "core/domain/Attachment.h"
#include "core/store/BlobStore.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QString>
#include <atomic>

namespace leverage {

class Workspace;

// Files in and out of a workspace: the content into the blob store (over a connection of its
// own, so it can run on a job's thread), the attachment's description from the file, and the
// content back out to a private file for the desktop's own program.
class EvidenceService final
{
public:
    // Streams the file at `filePath` into the workspace's blob store in one transaction.
    static Result<BlobStore::Stored> storeFile(const QString &workspacePath,
                                               const QString &filePath, qint64 nowMs,
                                               const BlobStore::Progress &progress = {},
                                               const std::atomic<bool> *cancel = nullptr);
    // Stores in-memory content (a pasted image, an e-mail's part) on the workspace's own
    // connection, inside the write open there if there is one (all or nothing with it).
    static Result<BlobStore::Stored> storeData(Workspace &workspace, const QByteArray &data);

    // The attachment row for stored content: its original name (the file name only), type
    // (from the name and the content), size and when it was added.
    static Attachment describe(const QString &originalName, const BlobStore::Stored &stored,
                               RowId caseId, RowId entryId, const QDateTime &now,
                               const QByteArray &head = {});

    // Stores a file and adds its attachment in one go (the command line).
    static Result<Attachment> attachFile(Workspace &workspace, RowId caseId, RowId entryId,
                                         const QString &filePath);

    // Writes an attachment's content to a new private file (0600, in a private folder) under
    // `folder`, named as the original, and returns its path.
    static Result<QString> exportToPrivateFile(const QString &workspacePath,
                                               const Attachment &attachment, const QString &folder,
                                               const std::atomic<bool> *cancel = nullptr);
    // The folder those files go to: the user's temporary folder, a private subfolder.
    static QString privateExportFolder();

    // The whole content of a small file (a thumbnail's image), from the workspace's own
    // connection; refused above `maxBytes`.
    static Result<QByteArray> readContent(Workspace &workspace, const QString &sha256,
                                          qint64 maxBytes);

    // A name safe to create a file with (no folders, no control characters).
    static QString safeFileName(const QString &name);
};

} // namespace leverage

#include "core/evidence/EvidenceService.h"

#include "core/services/Clock.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/SideConnection.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/util/PrivateFiles.h"
#include "core/util/Translate.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>

namespace leverage {
namespace {

Result<BlobStore::Stored> storeFrom(const QString &workspacePath, QIODevice &in, qint64 total,
                                    qint64 nowMs, const BlobStore::Progress &progress,
                                    const std::atomic<bool> *cancel)
{
    SideConnection connection(workspacePath);
    if (!connection.status())
        return connection.status().error();
    return BlobStore::write(connection.database(), connection.dialect(), in, total, nowMs, progress,
                            cancel);
}

} // namespace

Result<BlobStore::Stored> EvidenceService::storeFile(const QString &workspacePath,
                                                     const QString &filePath, qint64 nowMs,
                                                     const BlobStore::Progress &progress,
                                                     const std::atomic<bool> *cancel)
{
    QFile file(filePath);
    if (!QFileInfo(filePath).isFile() || !file.open(QIODevice::ReadOnly)) {
        logging::get("evidence")
            ->warn("cannot read file to attach: {}", file.errorString().toStdString());
        return Error{Error::Code::Io, tr("\"%1\" could not be read; nothing was attached. Check "
                                         "that the file exists and that you may read it.")
                                          .arg(QFileInfo(filePath).fileName())};
    }
    auto stored = storeFrom(workspacePath, file, file.size(), nowMs, progress, cancel);
    if (stored)
        logging::get("evidence")
            ->info("stored {} bytes (already there: {})", stored->size, stored->alreadyStored);
    return stored;
}

Result<BlobStore::Stored> EvidenceService::storeData(Workspace &workspace, const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return BlobStore::write(workspace.database(), workspace.dialect(), buffer, data.size(),
                            workspace.nowMs(), {}, nullptr, /*insideWrite=*/true);
}

Attachment EvidenceService::describe(const QString &originalName, const BlobStore::Stored &stored,
                                     RowId caseId, RowId entryId, const QDateTime &now,
                                     const QByteArray &head)
{
    Attachment attachment;
    attachment.caseId = caseId;
    attachment.entryId = entryId;
    attachment.sha256 = stored.sha256;
    attachment.originalName = safeFileName(originalName);
    attachment.size = stored.size;
    attachment.addedAt = Instant::fromDateTime(now);
    static const QMimeDatabase mimes;
    attachment.mimeType =
        (head.isEmpty()
             ? mimes.mimeTypeForFile(attachment.originalName, QMimeDatabase::MatchExtension)
             : mimes.mimeTypeForFileNameAndData(attachment.originalName, head))
            .name();
    return attachment;
}

Result<Attachment> EvidenceService::attachFile(Workspace &workspace, RowId caseId, RowId entryId,
                                               const QString &filePath)
{
    const auto now = workspace.clock().now();
    auto stored = storeFile(workspace.filePath(), filePath, now.toMSecsSinceEpoch());
    if (!stored)
        return stored.error();
    QByteArray head;
    if (QFile file(filePath); file.open(QIODevice::ReadOnly))
        head = file.read(4096);
    auto attachment = describe(QFileInfo(filePath).fileName(), *stored, caseId, entryId, now, head);
    if (auto status = workspace.attachments().add(attachment); !status)
        return status.error();
    return attachment;
}

QString EvidenceService::privateExportFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("leverage-attachments"));
}

Result<QString> EvidenceService::exportToPrivateFile(const QString &workspacePath,
                                                     const Attachment &attachment,
                                                     const QString &folder,
                                                     const std::atomic<bool> *cancel)
{
    // A folder of its own per file: the desktop's program sees the original name, and two
    // files of the same name never meet.
    const QString dir = QDir(folder).filePath(Workspace::newUuid());
    if (!privatefiles::createDirectory(folder) || !privatefiles::createDirectory(dir))
        return Error{Error::Code::Io, tr("The file could not be opened: the temporary folder "
                                         "could not be made.")};
    const QString path = QDir(dir).filePath(safeFileName(attachment.originalName));
    QString why;
    if (!privatefiles::createFile(path, &why))
        return Error{Error::Code::Io, tr("The file could not be opened: %1").arg(why)};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     tr("The file could not be opened: %1").arg(out.errorString())};
    SideConnection connection(workspacePath);
    if (!connection.status())
        return connection.status().error();
    auto status = BlobStore::read(connection.database(), attachment.sha256, out, {}, cancel);
    out.close();
    if (!status) {
        QFile::remove(path);
        return status.error();
    }
    return path;
}

Result<QByteArray> EvidenceService::readContent(Workspace &workspace, const QString &sha256,
                                                qint64 maxBytes)
{
    return BlobStore::readAll(workspace.database(), sha256, maxBytes);
}

QString EvidenceService::safeFileName(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString safe;
    for (const QChar c : base)
        safe += (c.unicode() < 0x20 || c == QChar(0x7f)) ? QLatin1Char('_') : c;
    safe = safe.trimmed();
    if (safe.isEmpty() || safe == QLatin1String(".") || safe == QLatin1String(".."))
        safe = QStringLiteral("attachment");
    return safe;
}

} // namespace leverage

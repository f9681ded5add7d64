#include "core/archive/WorkspaceArchive.h"

#include "core/archive/ArchiveCipher.h"
#include "core/archive/ArchiveCodec.h"
#include "core/archive/ArchiveManifest.h"
#include "core/archive/ArchiveMessages.h"
#include "core/store/WorkspaceBackup.h"
#include "core/util/Logging.h"
#include "core/util/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <algorithm>
#include <unistd.h>

namespace leverage {
namespace {

Result<QByteArray> readAll(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return archivemessages::notReadable(path);
    if (file.size() > limit)
        return archivemessages::oversized(QFileInfo(path).fileName(), limit);
    return file.readAll();
}

// A new private file written in full and synced; `path` must not exist yet.
bool writeNewFile(const QString &path, const QByteArray &data)
{
    if (!privatefiles::createFile(path))
        return false;
    QFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
                    file.flush() && ::fsync(file.handle()) == 0;
    if (!ok)
        QFile::remove(path);
    return ok;
}

Result<ArchiveEntries> attachmentsOf(const QString &workspace)
{
    ArchiveEntries files;
    const QDir folder(WorkspaceArchive::attachmentsFolder(workspace));
    if (!folder.exists())
        return files;
    QDirIterator it(folder.path(), QDir::Files | QDir::NoSymLinks | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        auto data = readAll(path, WorkspaceArchive::Limits{}.maxEntryBytes);
        if (!data)
            return data.error();
        files.append({ArchiveManifest::attachmentsPrefix() + folder.relativeFilePath(path), *data});
    }
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    return files;
}

} // namespace

QString WorkspaceArchive::attachmentsFolder(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-attachments"));
}

bool WorkspaceArchive::isEncryptedFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && ArchiveCipher::isEncrypted(file.read(64));
}

Status WorkspaceArchive::exportTo(const QString &workspace, const QString &archivePath,
                                  const QByteArray &passphrase)
{
    auto log = logging::get("archive");
    // An empty or foreign file would otherwise be archived as an empty workspace.
    if (!WorkspaceBackup::caseCount(workspace))
        return archivemessages::notAWorkspace(workspace);
    QTemporaryDir scratch; // 0700: the copy is as private as the workspace
    if (!scratch.isValid())
        return archivemessages::notWritten();
    // The online-backup copy, never the live file: consistent even beside a writer and its WAL.
    const QString copy = scratch.filePath(ArchiveManifest::workspaceName());
    if (auto status = WorkspaceBackup::write(workspace, copy); !status) {
        log->error("archive: the workspace copy failed (code {})", int(status.code()));
        return archivemessages::notAWorkspace(workspace);
    }
    auto workspaceBytes = readAll(copy, Limits{}.maxEntryBytes);
    if (!workspaceBytes)
        return workspaceBytes.error();
    auto attachments = attachmentsOf(workspace);
    if (!attachments)
        return attachments.error();
    ArchiveEntries files{{ArchiveManifest::workspaceName(), *workspaceBytes}};
    files += *attachments;
    ArchiveEntries entries{ArchiveManifest::describe(files)};
    entries += files;
    auto tar = ArchiveCodec::write(entries);
    if (!tar)
        return tar.error();
    auto out = passphrase.isEmpty() ? std::move(tar) : ArchiveCipher::encrypt(*tar, passphrase);
    if (!out)
        return out.error();

    const QString partial = archivePath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!writeNewFile(partial, *out) || ::rename(QFile::encodeName(partial).constData(),
                                                 QFile::encodeName(archivePath).constData()) != 0) {
        QFile::remove(partial);
        log->error("archive: writing the file failed");
        return archivemessages::notWritten();
    }
    log->info("archive exported: {} files, {} bytes, encrypted: {}", files.size(), out->size(),
              !passphrase.isEmpty());
    return {};
}

Result<ArchiveEntries> WorkspaceArchive::read(const QByteArray &file, const QByteArray &passphrase,
                                              const Limits &limits)
{
    QByteArray tar = file;
    if (ArchiveCipher::isEncrypted(file)) {
        if (passphrase.isEmpty())
            return archivemessages::needsPassphrase();
        auto opened = ArchiveCipher::decrypt(file, passphrase);
        if (!opened)
            return opened.error();
        tar = *opened;
    }
    auto entries = ArchiveCodec::read(tar, limits.maxEntryBytes);
    if (!entries)
        return entries.error();
    auto files = ArchiveManifest::verify(*entries);
    if (!files)
        return files.error();
    // Leverage writes an archive one canonical way: any byte the entries and sums did not
    // cover (tar padding, the end blocks, header fields) is damage if it differs.
    auto canonical = ArchiveCodec::write(*entries);
    if (!canonical || *canonical != tar)
        return archivemessages::damaged();
    return files;
}

Status WorkspaceArchive::importFrom(const QString &archivePath, const QString &destination,
                                    const QByteArray &passphrase, const Limits &limits)
{
    auto log = logging::get("archive");
    if (QFileInfo::exists(destination))
        return archivemessages::destinationExists(destination);
    auto file = readAll(archivePath, limits.maxArchiveBytes);
    if (!file)
        return file.error();
    auto files = read(*file, passphrase, limits);
    if (!files) {
        log->warn("archive import refused (code {})", int(files.code()));
        return files.error();
    }
    const QString attachments = attachmentsFolder(destination);
    const bool hasAttachments = files->size() > 1;
    if (hasAttachments && QFileInfo::exists(attachments))
        return archivemessages::destinationExists(attachments);

    QTemporaryDir scratch;
    const QString copy = scratch.filePath(ArchiveManifest::workspaceName());
    if (!scratch.isValid() || !writeNewFile(copy, files->first().data))
        return archivemessages::notWritten();
    // Sums can be right for a file that is no workspace (an archive made by hand).
    if (!WorkspaceBackup::caseCount(copy))
        return archivemessages::notOurs();
    // Copied the way a backup is restored: checked, synced, private, never over a file.
    if (auto status = WorkspaceBackup::restore(copy, destination); !status) {
        log->error("archive: restoring the workspace failed (code {})", int(status.code()));
        return archivemessages::notRestored(destination);
    }
    for (qsizetype i = 1; i < files->size(); ++i) {
        const auto &attachment = files->at(i);
        const QString target =
            QDir(attachments)
                .filePath(attachment.path.mid(ArchiveManifest::attachmentsPrefix().size()));
        if (!privatefiles::createDirectory(QFileInfo(target).absolutePath()) ||
            !writeNewFile(target, attachment.data))
            return archivemessages::notRestored(target);
    }
    log->info("archive imported: {} files", files->size());
    return {};
}

} // namespace leverage

#include "core/archive/ArchiveManifest.h"

#include "core/archive/ArchiveCodec.h"
#include "core/archive/ArchiveMessages.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leverage {
namespace {

const QString kFormat = QStringLiteral("leverage-workspace-archive");
constexpr int kManifestVersion = 1;

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

const QString &ArchiveManifest::entryName()
{
    static const QString name = QStringLiteral("leverage-manifest.json");
    return name;
}

const QString &ArchiveManifest::workspaceName()
{
    static const QString name = QStringLiteral("workspace.leverage");
    return name;
}

const QString &ArchiveManifest::attachmentsPrefix()
{
    static const QString prefix = QStringLiteral("attachments/");
    return prefix;
}

ArchiveEntry ArchiveManifest::describe(const ArchiveEntries &files)
{
    QJsonArray list;
    for (const auto &file : files)
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("size"), double(file.data.size())},
                                {QStringLiteral("sha256"), sha256(file.data)}});
    const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("version"), kManifestVersion},
                               {QStringLiteral("files"), list}};
    return {entryName(), QJsonDocument(manifest).toJson(QJsonDocument::Indented)};
}

Result<ArchiveEntries> ArchiveManifest::verify(const ArchiveEntries &entries)
{
    if (entries.isEmpty() || entries.first().path != entryName())
        return archivemessages::notOurs();
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(entries.first().data, &error);
    const auto manifest = document.object();
    if (error.error != QJsonParseError::NoError ||
        manifest.value(QStringLiteral("format")) != kFormat)
        return archivemessages::notOurs();
    if (manifest.value(QStringLiteral("version")).toInt() > kManifestVersion)
        return archivemessages::newerVersion();
    if (manifest.value(QStringLiteral("version")).toInt() != kManifestVersion)
        return archivemessages::notOurs();

    QHash<QString, const ArchiveEntry *> present;
    for (qsizetype i = 1; i < entries.size(); ++i)
        present.insert(entries[i].path, &entries[i]);
    ArchiveEntries files;
    bool hasWorkspace = false;
    for (const auto &value : manifest.value(QStringLiteral("files")).toArray()) {
        const auto item = value.toObject();
        const QString path = item.value(QStringLiteral("path")).toString();
        if (!ArchiveCodec::isSafePath(path))
            return archivemessages::unsafePath(path);
        const bool known = path == workspaceName() || path.startsWith(attachmentsPrefix());
        const ArchiveEntry *entry = present.take(path);
        if (!known || !entry)
            return known ? archivemessages::damaged() : archivemessages::notOurs();
        if (item.value(QStringLiteral("size")).toDouble() != double(entry->data.size()) ||
            item.value(QStringLiteral("sha256")).toString() != sha256(entry->data))
            return archivemessages::checksum(path);
        hasWorkspace = hasWorkspace || path == workspaceName();
        files.append(*entry);
    }
    // An entry the manifest does not list was added after the archive was written.
    if (!present.isEmpty() || !hasWorkspace)
        return present.isEmpty() ? archivemessages::notOurs() : archivemessages::damaged();
    return files;
}

} // namespace leverage

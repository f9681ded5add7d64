#include "ui/models/backup/BackupSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace leverage::models {
namespace {
const auto kFolderKey = QStringLiteral("backup/folder");
const auto kKeepLastKey = QStringLiteral("backup/keepLast");
const auto kIntervalKey = QStringLiteral("backup/intervalSeconds");
} // namespace

QString BackupSettings::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

BackupSettings BackupSettings::load()
{
    QSettings settings;
    BackupSettings loaded;
    loaded.folder = settings.value(kFolderKey, defaultFolder()).toString();
    if (loaded.folder.isEmpty())
        loaded.folder = defaultFolder();
    loaded.keepLast = qBound(1, settings.value(kKeepLastKey, kDefaultKeepLast).toInt(), 1000);
    loaded.intervalSeconds = qMax(1, settings.value(kIntervalKey, kDefaultIntervalSeconds).toInt());
    return loaded;
}

void BackupSettings::save() const
{
    QSettings settings;
    settings.setValue(kFolderKey, folder);
    settings.setValue(kKeepLastKey, keepLast);
    settings.setValue(kIntervalKey, intervalSeconds);
}

} // namespace leverage::models

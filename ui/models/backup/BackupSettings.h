#pragma once

#include <QString>

namespace leverage::models {

// Where the automatic backups go and how many recent ones are kept (besides one a day for
// thirty days), as the user set them in File → Backup Settings…; kept in QSettings.
struct BackupSettings
{
    static constexpr int kDefaultKeepLast = 10;
    static constexpr int kDefaultIntervalSeconds = 10 * 60;

    QString folder;
    int keepLast = kDefaultKeepLast;
    // The least time between two backups while editing. Not shown in the dialog; a setting so
    // tests (and a user who edits the file) can change it.
    int intervalSeconds = kDefaultIntervalSeconds;

    static QString defaultFolder();
    static BackupSettings load();
    void save() const;
};

} // namespace leverage::models

#pragma once

#include "ui/models/backup/BackupSettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace leverage::ui {

// File → Backup Settings…: where the automatic backups go and how many recent ones are kept.
class BackupSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupSettingsDialog)

public:
    explicit BackupSettingsDialog(const models::BackupSettings &settings,
                                  QWidget *parent = nullptr);
    ~BackupSettingsDialog() override;

    models::BackupSettings settings() const;

private:
    void browse();

    models::BackupSettings m_settings;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keepLast = nullptr;
};

} // namespace leverage::ui

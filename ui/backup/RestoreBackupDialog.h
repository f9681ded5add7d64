#pragma once

#include <QDialog>

class QTreeView;
class QPushButton;

namespace leverage::models {
class BackupListModel;
}

namespace leverage::ui {

// File → Restore from Backup…: the backups of the open workspace, newest first, with when
// each was taken and how many cases it holds. The caller restores the chosen one into a new
// file; this dialog only chooses.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    RestoreBackupDialog(const QString &folder, const QString &workspacePath,
                        QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The chosen backup's path; empty when none is selected.
    QString chosenBackup() const;

private:
    models::BackupListModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace leverage::ui

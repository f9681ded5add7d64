#include "ui/backup/RestoreBackupDialog.h"

#include "ui/models/backup/BackupListModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace leverage::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &folder, const QString &workspacePath,
                                         QWidget *parent)
    : QDialog(parent), m_model(new models::BackupListModel(this))
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    resize(520, 380);
    m_model->load(folder, workspacePath);
    auto *layout = new QVBoxLayout(this);
    const QString stem = QFileInfo(workspacePath).completeBaseName();
    auto *intro = new QLabel(
        m_model->rowCount() == 0
            ? tr("There is no backup of “%1” in %2 yet. Backups are made a few seconds after "
                 "you change the workspace; File → Backup Settings… says where.")
                  .arg(stem, QDir::toNativeSeparators(folder))
            : tr("Backups of “%1”, newest first. The one you choose is restored into a new "
                 "file; the workspace you have open is not changed.")
                  .arg(stem),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(models::BackupListModel::Taken, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore into a New File…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeView::activated, this, [this] {
        if (!chosenBackup().isEmpty())
            accept();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_restore->setEnabled(!chosenBackup().isEmpty()); });
    layout->addWidget(buttons);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_restore->setEnabled(!chosenBackup().isEmpty());
    m_list->setFocus();
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

QString RestoreBackupDialog::chosenBackup() const
{
    return m_model->pathAt(m_list->currentIndex().row());
}

} // namespace leverage::ui

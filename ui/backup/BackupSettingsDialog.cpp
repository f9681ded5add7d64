#include "ui/backup/BackupSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leverage::ui {

BackupSettingsDialog::BackupSettingsDialog(const models::BackupSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Backup Settings"));
    setObjectName(QStringLiteral("backupSettingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Leverage copies the open workspace a few seconds after you "
                                "change it, then at most every ten minutes while you edit, and "
                                "when you close it. Besides the most recent copies, one a day is "
                                "kept for thirty days."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(settings.folder, this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsDialog::browse);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Backup &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_keepLast = new QSpinBox(this);
    m_keepLast->setObjectName(QStringLiteral("backupKeepLast"));
    m_keepLast->setRange(1, 1000);
    m_keepLast->setValue(settings.keepLast);
    form->addRow(tr("&Recent copies to keep:"), m_keepLast);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *reset = buttons->addButton(tr("Use the &Default Folder"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this,
            [this] { m_folder->setText(models::BackupSettings::defaultFolder()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

BackupSettingsDialog::~BackupSettingsDialog() = default;

models::BackupSettings BackupSettingsDialog::settings() const
{
    auto chosen = m_settings;
    const QString folder = m_folder->text().trimmed();
    chosen.folder = folder.isEmpty() ? models::BackupSettings::defaultFolder() : folder;
    chosen.keepLast = m_keepLast->value();
    return chosen;
}

void BackupSettingsDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace leverage::ui

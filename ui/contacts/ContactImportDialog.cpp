#include "ui/contacts/ContactImportDialog.h"

#include "core/contacts/ContactImporter.h"
#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/contacts/commands/ImportContactsCommand.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leverage::ui {

ContactImportDialog::ContactImportDialog(Workspace &workspace, models::UndoPusher undo,
                                         QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_undo(undo)
{
    setWindowTitle(tr("Import contacts"));
    setObjectName(QStringLiteral("ContactImportDialog"));
    m_confirm = [](QWidget *owner, int duplicates) {
        return QMessageBox::question(
                   owner, tr("Merge duplicates?"),
                   tr("%n card(s) match a contact you already have (same name and "
                      "organization). Merge them? Fields from the file replace the stored "
                      "ones; your notes are kept.",
                      nullptr, duplicates),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels(
        {tr("Import as"), tr("Name"), tr("Organization"), tr("Position"), tr("E-mail")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Contacts in the file"));
    m_merge = new QCheckBox(tr("&Merge duplicates into the contacts I already have"), this);
    m_merge->setToolTip(tr("Unchecked, duplicates are skipped."));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactImportDialog::importNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_merge);
    layout->addWidget(m_buttons);
    resize(720, 420);
    showPreview();
}

bool ContactImportDialog::loadFile(const QString &path)
{
    ContactImporter importer(m_workspace);
    auto preview = importer.previewFile(path);
    if (!preview) {
        showError(preview.message());
        return false;
    }
    m_preview = *preview;
    m_loaded = true;
    showPreview();
    return true;
}

bool ContactImportDialog::loadBytes(const QByteArray &vcard)
{
    ContactImporter importer(m_workspace);
    auto preview = importer.preview(vcard);
    if (!preview) {
        showError(preview.message());
        return false;
    }
    m_preview = *preview;
    m_loaded = true;
    showPreview();
    return true;
}

QString ContactImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ContactImportDialog::showError(const QString &message)
{
    m_loaded = false;
    m_preview = {};
    m_tree->clear();
    m_summary->setText(tr("This file cannot be imported. Nothing was imported."));
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
    m_merge->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (auto *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
}

void ContactImportDialog::showPreview()
{
    m_error->hide();
    m_tree->clear();
    for (const auto &row : m_preview.rows) {
        auto *item = new QTreeWidgetItem(m_tree);
        QString existing;
        if (row.existingId > 0)
            if (auto contact = m_workspace.contacts().get(row.existingId))
                existing = contact->name;
        item->setText(0, row.kind == ImportPreview::Kind::New
                             ? tr("New")
                             : (existing.isEmpty() ? tr("Duplicate (earlier in the file)")
                                                   : tr("Duplicate of %1").arg(existing)));
        item->setText(1, row.card.contact.name);
        item->setText(2, row.organizationIsNew ? tr("%1 (new)").arg(row.card.organizationName)
                                               : row.card.organizationName);
        item->setText(3, row.card.contact.position);
        item->setText(4, row.card.contact.email);
    }
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    const int fresh = m_preview.count(ImportPreview::Kind::New);
    const int duplicates = m_preview.count(ImportPreview::Kind::Duplicate);
    QString summary =
        m_loaded ? tr("New: %1. Duplicates of contacts you have: %2.").arg(fresh).arg(duplicates)
                 : tr("No file loaded.");
    if (const auto notStored = m_preview.notStoredText(); m_loaded && !notStored.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("Not kept (Leverage has no place for it): %1.").arg(notStored);
    m_summary->setText(summary);
    m_merge->setEnabled(duplicates > 0);
    for (auto *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_loaded && !m_preview.rows.isEmpty());
}

void ContactImportDialog::importNow()
{
    if (!m_loaded)
        return;
    const int duplicates = m_preview.count(ImportPreview::Kind::Duplicate);
    bool merge = m_merge->isChecked() && duplicates > 0;
    if (merge && !m_confirm(this, duplicates))
        return; // back to the preview; nothing written
    auto command = std::make_unique<models::ImportContactsCommand>(
        m_workspace, m_preview,
        merge ? ContactImporter::Duplicates::Merge : ContactImporter::Duplicates::Skip);
    const auto *raw = command.get(); // an import never merges: the stack keeps it
    if (auto status = m_undo.push(std::move(command)); !status) {
        m_error->setText(QStringLiteral("⚠ ") + status.message());
        m_error->show();
        return;
    }
    m_report = raw->report();
    accept();
}

} // namespace leverage::ui

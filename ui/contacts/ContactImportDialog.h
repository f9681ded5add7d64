#pragma once

#include "core/contacts/ImportPreview.h"
#include "ui/models/undo/UndoPusher.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// Shows what a vCard file would bring in (each card new, or a duplicate of whom), imports
// it all in one go when the user says so (one undo step), and asks before merging duplicates.
// A malformed file shows the reader's sentence with its line, and nothing is imported.
class ContactImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactImportDialog)

public:
    // Asked before duplicates are merged, with their count; true to go ahead.
    using ConfirmMerge = std::function<bool(QWidget *parent, int duplicates)>;

    ContactImportDialog(Workspace &workspace, models::UndoPusher undo, QWidget *parent = nullptr);

    // Reads and previews a file; false (and the message shown) when it cannot be imported.
    bool loadFile(const QString &path);
    bool loadBytes(const QByteArray &vcard);

    QString errorText() const;
    const ImportPreview &preview() const { return m_preview; }
    const ImportReport &report() const { return m_report; }
    QTreeWidget *previewTree() const { return m_tree; }
    QCheckBox *mergeCheckBox() const { return m_merge; }
    void setConfirmMerge(ConfirmMerge confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    // Imports what the preview shows; on success the dialog is accepted.
    void importNow();

private:
    void showPreview();
    void showError(const QString &message);

    Workspace &m_workspace;
    models::UndoPusher m_undo;
    ImportPreview m_preview;
    ImportReport m_report;
    bool m_loaded = false;
    ConfirmMerge m_confirm;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_merge = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leverage::ui

#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoPusher.h"

#include <QObject>
#include <functional>
#include <optional>

class QWidget;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {

// The File menu's "Import contacts…" and "Export contacts…": file dialogs around the
// importer (through ContactImportDialog, one undo step) and the exporter.
class ContactsTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsTransfer)

public:
    enum class Choose
    {
        FileToImport,
        FileToExport
    };
    // Asks for a file (empty: cancelled). Tests stand in for the file dialog with this.
    using FileChooser = std::function<QString(QWidget *parent, Choose what)>;

    ContactsTransfer(Workspace &workspace, models::UndoPusher undo, QObject *parent = nullptr);
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Where a failed export is reported (the window), never in a box of its own.
    void setErrorReporter(models::ErrorReporter *reporter) { m_reporter = reporter; }

public Q_SLOTS:
    void importContacts(QWidget *parent);
    void exportContacts(QWidget *parent);
    void exportOrganization(QWidget *parent, leverage::RowId organizationId);

Q_SIGNALS:
    // A sentence for the status bar: "Imported 4 contacts …", "Exported 12 contacts …".
    void message(const QString &text);

private:
    models::ErrorReporter *m_reporter = nullptr;
    void exportTo(QWidget *parent, std::optional<RowId> organizationId);

    Workspace &m_workspace;
    models::UndoPusher m_undo;
    FileChooser m_chooseFile;
};

} // namespace leverage::ui

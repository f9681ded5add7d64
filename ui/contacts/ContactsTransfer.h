#pragma once

#include "domain/Ids.h"

#include <QObject>

class QWidget;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// The File menu's "Import contacts…" and "Export contacts…": file dialogs around the
// importer (through ContactImportDialog) and the exporter.
class ContactsTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsTransfer)

public:
    explicit ContactsTransfer(Workspace &workspace, QObject *parent = nullptr);

public Q_SLOTS:
    void importContacts(QWidget *parent);
    void exportContacts(QWidget *parent);
    void exportOrganization(QWidget *parent, leverage::RowId organizationId);

Q_SIGNALS:
    // A sentence for the status bar: "Imported 4 contacts …", "Exported 12 contacts …".
    void message(const QString &text);

private:
    void exportTo(QWidget *parent, std::optional<RowId> organizationId);

    Workspace &m_workspace;
};

} // namespace leverage::ui

#include "ui/contacts/ContactsTransfer.h"

#include "core/contacts/ContactExporter.h"
#include "core/store/Workspace.h"
#include "ui/common/DocumentsFolder.h"
#include "ui/contacts/ContactImportDialog.h"
#include "ui/models/common/ReportError.h"

#include <QFileDialog>

namespace leverage::ui {

ContactsTransfer::ContactsTransfer(Workspace &workspace, models::UndoPusher undo, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_undo(undo)
{
    m_chooseFile = [](QWidget *owner, Choose what) {
        const QString documents = documentsFolder();
        if (what == Choose::FileToImport)
            return QFileDialog::getOpenFileName(owner, tr("Import contacts"), documents,
                                                tr("vCard files (*.vcf *.vcard);;All files (*)"));
        return QFileDialog::getSaveFileName(owner, tr("Export contacts"),
                                            documents + QStringLiteral("/contacts.vcf"),
                                            tr("vCard files (*.vcf)"));
    };
}

void ContactsTransfer::importContacts(QWidget *parent)
{
    const QString path = m_chooseFile(parent, Choose::FileToImport);
    if (path.isEmpty())
        return;
    ContactImportDialog dialog(m_workspace, m_undo, parent);
    dialog.loadFile(path);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto &report = dialog.report();
    Q_EMIT message(tr("Imported contacts: %1 created, %2 merged, %3 skipped.")
                       .arg(report.created)
                       .arg(report.merged)
                       .arg(report.skipped));
}

void ContactsTransfer::exportContacts(QWidget *parent)
{
    exportTo(parent, std::nullopt);
}

void ContactsTransfer::exportOrganization(QWidget *parent, RowId organizationId)
{
    exportTo(parent, organizationId);
}

void ContactsTransfer::exportTo(QWidget *parent, std::optional<RowId> organizationId)
{
    QString path = m_chooseFile(parent, Choose::FileToExport);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive))
        path += QStringLiteral(".vcf");
    auto written = ContactExporter(m_workspace).exportToFile(path, organizationId);
    if (!written) {
        models::reportError(m_reporter,
                            tr("The contacts were not exported: %1").arg(written.message()));
        return;
    }
    Q_EMIT message(*written == 1 ? tr("Exported 1 contact to %1.").arg(path)
                                 : tr("Exported %1 contacts to %2.").arg(*written).arg(path));
}

} // namespace leverage::ui

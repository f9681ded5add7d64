#include "contacts/ContactsTransfer.h"

#include "contacts/ContactExporter.h"
#include "contacts/ContactImportDialog.h"
#include "store/Workspace.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace leverage::ui {

ContactsTransfer::ContactsTransfer(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
}

void ContactsTransfer::importContacts(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import contacts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    ContactImportDialog dialog(m_workspace, parent);
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
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export contacts"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/contacts.vcf"),
        tr("vCard files (*.vcf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive))
        path += QStringLiteral(".vcf");
    auto written = ContactExporter(m_workspace).exportToFile(path, organizationId);
    if (!written) {
        QMessageBox::warning(parent, tr("Export contacts"), written.message());
        return;
    }
    Q_EMIT message(tr("Exported %n contact(s) to %1.", nullptr, *written).arg(path));
}

} // namespace leverage::ui

#include "ui/models/contacts/commands/ImportContactsCommand.h"

#include <QCoreApplication>

namespace leverage::models {

ImportContactsCommand::ImportContactsCommand(Workspace &workspace, ImportPreview preview,
                                             ContactImporter::Duplicates duplicates)
    : UndoCommand(QCoreApplication::translate("leverage", "Import Contacts")),
      m_workspace(workspace), m_preview(std::move(preview)), m_duplicates(duplicates)
{
}

Status ImportContactsCommand::doRedo()
{
    ContactImporter importer(m_workspace);
    if (m_applied)
        return importer.putBack(m_report.changes);
    auto report = importer.apply(m_preview, m_duplicates);
    if (!report)
        return report.status();
    m_report = *report;
    m_applied = true;
    m_preview = {}; // the rows written are what redo needs from now on
    return {};
}

Status ImportContactsCommand::doUndo()
{
    return ContactImporter(m_workspace).takeBack(m_report.changes);
}

} // namespace leverage::models

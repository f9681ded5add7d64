#pragma once

#include "core/contacts/ImportPreview.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace leverage {

class Workspace;

// Brings contacts from a vCard file into a workspace in two steps: preview (parse, and mark
// each card new or a duplicate of an existing contact by name and organization, ignoring
// case), then apply in one transaction. A malformed file, or any failure while applying,
// leaves the workspace exactly as it was.
class ContactImporter final
{
public:
    enum class Duplicates
    {
        Skip,
        Merge
    };

    explicit ContactImporter(Workspace &workspace) : m_workspace(workspace) {}

    // Reads and classifies; the error of a malformed file names its line (see errorLine()).
    Result<ImportPreview> preview(const QByteArray &vcard);
    Result<ImportPreview> previewFile(const QString &path);
    int errorLine() const { return m_errorLine; }
    // Classifies cards already read (new, or a duplicate of which contact).
    Result<ImportPreview> classify(const QList<ContactCard> &cards);

    // Writes the preview: missing organizations are created, new contacts added, duplicates
    // merged into the existing contact or skipped, and supervisors (X-LEVERAGE-SUPERVISOR)
    // linked by UID once every card is in.
    // The report carries every row written (ImportChanges), for takeBack and putBack.
    Result<ImportReport> apply(const ImportPreview &preview, Duplicates duplicates);

    // Undoes an applied import in one transaction: the merged contacts get their old fields
    // back, the contacts and organizations it created are removed. Fails, changing nothing,
    // when one of them is gone.
    Status takeBack(const ImportChanges &changes);
    // Redoes it after takeBack: the same rows with the same ids, the merged fields again.
    Status putBack(const ImportChanges &changes);

private:
    Status recordWritten(ImportChanges &changes, const QList<RowId> &createdIds);

    Workspace &m_workspace;
    int m_errorLine = 0;
};

} // namespace leverage

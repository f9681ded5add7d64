#pragma once

#include "core/contacts/ContactImporter.h"
#include "ui/models/undo/UndoCommand.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Imports a previewed vCard file, duplicates merged or skipped, as one undo step. The first
// redo applies the import and keeps what it wrote (the merged contacts as they were, the rows
// it created); undo puts the merged contacts back and removes the created rows, redo writes
// the same rows again with the same ids, so later steps on the stack still find them.
class ImportContactsCommand final : public UndoCommand
{
public:
    ImportContactsCommand(Workspace &workspace, ImportPreview preview,
                          ContactImporter::Duplicates duplicates);

    // What the import did (counts and rows), after the first redo.
    const ImportReport &report() const { return m_report; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Workspace &m_workspace;
    ImportPreview m_preview;
    ContactImporter::Duplicates m_duplicates;
    ImportReport m_report;
    bool m_applied = false;
};

} // namespace leverage::models

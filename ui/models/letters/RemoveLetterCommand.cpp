#include "ui/models/letters/RemoveLetterCommand.h"

#include "core/store/LetterRepository.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage::models {

RemoveLetterCommand::RemoveLetterCommand(Workspace &workspace, RowId letterId)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Delete letter")),
      m_workspace(workspace), m_letterId(letterId)
{
}

Status RemoveLetterCommand::doRedo()
{
    LetterRepository letters(m_workspace);
    auto stored = letters.get(m_letterId);
    if (!stored)
        return stored.status();
    if (stored->isSent())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage::models",
                                                 "A sent letter stays with the case; undo "
                                                 "“Mark as sent” first to delete it.")};
    // A case's outcome may name the letter as what resolved it (a letter once sent and then
    // unmarked): the delete clears that link, its undo puts it back.
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto references = ReferenceSet::toLetter(m_workspace, m_letterId);
    if (!references)
        return references.status();
    if (auto status = letters.remove(m_letterId); !status)
        return status;
    ReferenceSet::notifyChanged(m_workspace, *references);
    if (auto status = transaction.commit(); !status)
        return status;
    m_removed = *stored;
    m_references = *references;
    return {};
}

Status RemoveLetterCommand::doUndo()
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Letter restored = m_removed;
    if (auto status = LetterRepository(m_workspace).add(restored); !status)
        return status;
    if (auto status = ReferenceSet::restore(m_workspace, m_references); !status)
        return status;
    return transaction.commit();
}

} // namespace leverage::models

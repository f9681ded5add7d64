#include "ui/models/letters/RemoveLetterCommand.h"

#include "core/store/LetterRepository.h"

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
    if (auto status = letters.remove(m_letterId); !status)
        return status;
    m_removed = *stored;
    return {};
}

Status RemoveLetterCommand::doUndo()
{
    Letter restored = m_removed;
    return LetterRepository(m_workspace).add(restored);
}

} // namespace leverage::models

#include "ui/models/letters/AddLetterCommand.h"

#include "core/store/LetterRepository.h"

#include <QCoreApplication>

namespace leverage::models {

AddLetterCommand::AddLetterCommand(Workspace &workspace, Letter letter)
    : UndoCommand(QCoreApplication::translate("leverage::models", "New %1 letter")
                      .arg(letterKindLabel(letter.kind).toLower())),
      m_workspace(workspace), m_letter(std::move(letter))
{
}

Status AddLetterCommand::doRedo()
{
    return LetterRepository(m_workspace).add(m_letter);
}

Status AddLetterCommand::doUndo()
{
    LetterRepository letters(m_workspace);
    auto stored = letters.get(m_letter.meta.id);
    if (!stored)
        return stored.status();
    if (auto status = letters.remove(m_letter.meta.id); !status)
        return status;
    m_letter = *stored; // with its id: redo restores it as it was
    return {};
}

} // namespace leverage::models

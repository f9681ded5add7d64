#include "ui/models/letters/EditLetterCommand.h"

#include "core/store/LetterRepository.h"

#include <QCoreApplication>

namespace leverage::models {

EditLetterCommand::EditLetterCommand(Workspace &workspace, Letter after)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Edit letter")),
      m_workspace(workspace), m_after(std::move(after))
{
}

Status EditLetterCommand::doRedo()
{
    if (m_before)
        return write(m_after);
    LetterRepository letters(m_workspace);
    auto stored = letters.get(m_after.meta.id);
    if (!stored)
        return stored.status();
    Letter value = m_after;
    value.meta.version = stored->meta.version; // typing saved since does not make it stale
    if (auto status = letters.update(value); !status)
        return status;
    m_before = *stored;
    return {};
}

Status EditLetterCommand::doUndo()
{
    return write(*m_before);
}

Status EditLetterCommand::write(const Letter &content)
{
    LetterRepository letters(m_workspace);
    auto stored = letters.get(content.meta.id);
    if (!stored)
        return stored.status();
    Letter value = content;
    value.meta = stored->meta;
    return letters.update(value);
}

} // namespace leverage::models

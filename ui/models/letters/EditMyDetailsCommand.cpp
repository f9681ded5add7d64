#include "ui/models/letters/EditMyDetailsCommand.h"

#include "core/store/LetterSettingsRepository.h"

#include <QCoreApplication>

namespace leverage::models {

EditMyDetailsCommand::EditMyDetailsCommand(Workspace &workspace, MyDetails after)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Edit my details")),
      m_workspace(workspace), m_after(std::move(after))
{
}

Result<MyDetails> EditMyDetailsCommand::read(Workspace &workspace)
{
    return LetterSettingsRepository(workspace).myDetails();
}

Status EditMyDetailsCommand::doRedo()
{
    LetterSettingsRepository settings(m_workspace);
    if (!m_before) {
        auto before = settings.myDetails();
        if (!before)
            return before.status();
        m_before = *before;
    }
    return settings.setMyDetails(m_after);
}

Status EditMyDetailsCommand::doUndo()
{
    return LetterSettingsRepository(m_workspace).setMyDetails(*m_before);
}

} // namespace leverage::models

#include "ui/models/letters/EditCaseNumbersCommand.h"

#include "core/store/LetterSettingsRepository.h"

#include <QCoreApplication>

namespace leverage::models {

EditCaseNumbersCommand::EditCaseNumbersCommand(Workspace &workspace, RowId caseId,
                                               QList<CaseNumber> after)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Edit the case's numbers")),
      m_workspace(workspace), m_caseId(caseId), m_after(std::move(after))
{
}

Result<QList<CaseNumber>> EditCaseNumbersCommand::read(Workspace &workspace, RowId caseId)
{
    return LetterSettingsRepository(workspace).caseNumbers(caseId);
}

Status EditCaseNumbersCommand::doRedo()
{
    if (!m_before) {
        auto before = read(m_workspace, m_caseId);
        if (!before)
            return before.status();
        m_before = *before;
    }
    return LetterSettingsRepository(m_workspace).setCaseNumbers(m_caseId, m_after);
}

Status EditCaseNumbersCommand::doUndo()
{
    return LetterSettingsRepository(m_workspace).setCaseNumbers(m_caseId, *m_before);
}

} // namespace leverage::models

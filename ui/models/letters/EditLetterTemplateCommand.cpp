#include "ui/models/letters/EditLetterTemplateCommand.h"

#include "core/letters/LetterComposer.h"
#include "core/store/LetterSettingsRepository.h"

#include <QCoreApplication>

namespace leverage::models {

EditLetterTemplateCommand::EditLetterTemplateCommand(Workspace &workspace, QString name,
                                                     QString text)
    : UndoCommand(text.isNull()
                      ? QCoreApplication::translate("leverage::models", "Reset letter template")
                      : QCoreApplication::translate("leverage::models", "Edit letter template")),
      m_workspace(workspace), m_name(std::move(name)), m_after(std::move(text))
{
}

Result<QString> EditLetterTemplateCommand::userCopy(Workspace &workspace, const QString &name)
{
    auto copy = LetterSettingsRepository(workspace).userTemplate(name);
    if (!copy)
        return copy.error();
    return copy->value_or(QString());
}

Status EditLetterTemplateCommand::write(const QString &text)
{
    LetterSettingsRepository settings(m_workspace);
    return text.isNull() ? settings.resetTemplate(m_name) : settings.saveTemplate(m_name, text);
}

Status EditLetterTemplateCommand::doRedo()
{
    if (!m_before) {
        // A template that does not read is refused here, with its line, never stored.
        if (!m_after.isNull())
            if (auto status = LetterComposer::check(m_name, m_after); !status)
                return status;
        auto before = userCopy(m_workspace, m_name);
        if (!before)
            return before.status();
        m_before = *before;
    }
    return write(m_after);
}

Status EditLetterTemplateCommand::doUndo()
{
    return write(*m_before);
}

} // namespace leverage::models

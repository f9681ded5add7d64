#pragma once

#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Saves the user's copy of a letter template, or resets it to the shipped one (a null
// text). Undo puts back what was there: the earlier copy, or none.
class EditLetterTemplateCommand final : public UndoCommand
{
public:
    EditLetterTemplateCommand(Workspace &workspace, QString name, QString text);

    // The user's copy, or null when the shipped template is used.
    static Result<QString> userCopy(Workspace &workspace, const QString &name);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const QString &text);

    Workspace &m_workspace;
    QString m_name;
    QString m_after;
    std::optional<QString> m_before;
};

} // namespace leverage::models

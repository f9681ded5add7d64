#pragma once

#include "core/clocks/UserClockRule.h"
#include "ui/models/undo/UndoCommand.h"

#include <QList>
#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Changes the user's rows of clock rules, by rule id: a rule added, edited, switched off,
// put back as shipped, or a whole file imported (one step). Each id's row as it was (none: the
// user had no row) and as it becomes (none: the row goes, a shipped rule is as shipped).
class RuleRowsCommand final : public UndoCommand
{
public:
    struct Change
    {
        QString ruleId;
        std::optional<clocks::UserClockRule> after;
    };

    RuleRowsCommand(Workspace &workspace, QList<Change> changes, const QString &text);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const QList<Change> &rows);

    Workspace &m_workspace;
    QList<Change> m_after;
    QList<Change> m_before; // read at the first redo
};

} // namespace leverage::models

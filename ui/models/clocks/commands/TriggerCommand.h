#pragma once

#include "core/clocks/ClockTrigger.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Adds, edits or removes a clock trigger: the row as it was (none: added) and as it becomes
// (none: removed). Undo writes the first back; an added or removed row keeps its id and uuid.
class TriggerCommand final : public UndoCommand
{
public:
    TriggerCommand(Workspace &workspace, std::optional<clocks::ClockTrigger> before,
                   std::optional<clocks::ClockTrigger> after, const QString &text);

    static QString addText();
    static QString editText();
    static QString removeText();

    // The stored row after the first redo (its id, for a trigger just added).
    const std::optional<clocks::ClockTrigger> &after() const { return m_after; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status write(const std::optional<clocks::ClockTrigger> &from,
                 std::optional<clocks::ClockTrigger> &to);

    Workspace &m_workspace;
    std::optional<clocks::ClockTrigger> m_before;
    std::optional<clocks::ClockTrigger> m_after;
};

} // namespace leverage::models

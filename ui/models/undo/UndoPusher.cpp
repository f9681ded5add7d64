#include "ui/models/undo/UndoPusher.h"

#include "ui/models/undo/UndoCommand.h"

#include <QUndoStack>

namespace leverage::models {

Status UndoPusher::push(std::unique_ptr<UndoCommand> command) const
{
    if (auto status = command->runFirst(*m_reporter); !status)
        return status;
    m_stack->push(command.release()); // push() calls redo(), which skips the done first run
    return {};
}

} // namespace leverage::models

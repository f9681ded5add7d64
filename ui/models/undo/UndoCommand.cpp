#include "ui/models/undo/UndoCommand.h"

#include "core/util/Logging.h"
#include "ui/models/common/ErrorReporter.h"

#include <QCoreApplication>

namespace leverage::models {

UndoCommand::UndoCommand(const QString &text) : QUndoCommand(text) {}

Status UndoCommand::runFirst(ErrorReporter &reporter)
{
    m_reporter = &reporter;
    auto status = doRedo();
    m_skipNextRedo = status.isOk();
    return status;
}

void UndoCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (auto status = doRedo(); !status)
        fail("redo",
             QCoreApplication::translate("leverage::models", "“%1” could not be redone: %2"),
             status);
}

void UndoCommand::undo()
{
    if (auto status = doUndo(); !status)
        fail("undo",
             QCoreApplication::translate("leverage::models", "“%1” could not be undone: %2"),
             status);
}

// The store refused: the command leaves the stack (QUndoStack deletes an obsolete command
// after its undo or redo), so the stack never offers a step that no longer matches the store.
void UndoCommand::fail(const char *what, const QString &pattern, const Status &status)
{
    // Not the text: it may name a person ("Bookmark Dana Ruiz as a gateway").
    logging::get("ui")->warn("{} of an undo step (merge id {}) failed (code {}); dropped from "
                             "the undo stack",
                             what, id(), int(status.code()));
    setObsolete(true);
    if (m_reporter)
        m_reporter->reportError(pattern.arg(text(), status.message()));
}

} // namespace leverage::models

#include "ui/models/escalation/commands/EscalationCommand.h"

#include "core/util/Logging.h"

namespace leverage::models {

EscalationCommand::EscalationCommand(Workspace &workspace, const QString &text)
    : m_workspace(workspace)
{
    setText(text);
}

Status EscalationCommand::runFirst()
{
    auto status = apply();
    m_skipNextRedo = status.isOk();
    return status;
}

void EscalationCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    report(apply());
}

void EscalationCommand::undo()
{
    report(revert());
}

void EscalationCommand::report(const Status &status)
{
    if (status)
        return;
    logging::get("escalation")
        ->warn("undo/redo of \"{}\" failed: {}", text().toStdString(),
               status.message().toStdString());
    // The store refused; the stack must not pretend otherwise.
    setObsolete(true);
    if (m_onError)
        m_onError(status.message());
}

} // namespace leverage::models

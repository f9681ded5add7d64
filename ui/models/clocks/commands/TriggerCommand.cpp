#include "ui/models/clocks/commands/TriggerCommand.h"

#include "core/store/ClockTriggerRepository.h"

#include <QCoreApplication>

namespace leverage::models {

TriggerCommand::TriggerCommand(Workspace &workspace, std::optional<clocks::ClockTrigger> before,
                               std::optional<clocks::ClockTrigger> after, const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after))
{
}

QString TriggerCommand::addText()
{
    return QCoreApplication::translate("leverage", "Add a clock event");
}

QString TriggerCommand::editText()
{
    return QCoreApplication::translate("leverage", "Edit a clock event");
}

QString TriggerCommand::removeText()
{
    return QCoreApplication::translate("leverage", "Remove a clock event");
}

Status TriggerCommand::doRedo()
{
    return write(m_before, m_after);
}

Status TriggerCommand::doUndo()
{
    return write(m_after, m_before);
}

// Makes the stored row `to` where it was `from`; `to` gets the stored id and version.
Status TriggerCommand::write(const std::optional<clocks::ClockTrigger> &from,
                             std::optional<clocks::ClockTrigger> &to)
{
    ClockTriggerRepository triggers(m_workspace);
    if (!to)
        return triggers.remove(from->meta.id);
    if (!from)
        return triggers.add(*to);
    auto stored = triggers.get(to->meta.id);
    if (!stored)
        return stored.status();
    clocks::ClockTrigger value = *to;
    value.meta = stored->meta;
    if (auto status = triggers.update(value); !status)
        return status;
    to->meta = value.meta;
    return {};
}

} // namespace leverage::models

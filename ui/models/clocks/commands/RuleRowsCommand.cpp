#include "ui/models/clocks/commands/RuleRowsCommand.h"

#include "core/store/ClockRuleRepository.h"
#include "core/store/WriteTransaction.h"

namespace leverage::models {

RuleRowsCommand::RuleRowsCommand(Workspace &workspace, QList<Change> changes, const QString &text)
    : UndoCommand(text), m_workspace(workspace), m_after(std::move(changes))
{
}

Status RuleRowsCommand::doRedo()
{
    if (m_before.isEmpty()) {
        ClockRuleRepository rules(m_workspace);
        for (const auto &change : std::as_const(m_after)) {
            auto stored = rules.byRuleId(change.ruleId);
            if (stored)
                m_before << Change{change.ruleId, *stored};
            else if (stored.code() == Error::Code::NotFound)
                m_before << Change{change.ruleId, std::nullopt};
            else
                return stored.status();
        }
    }
    return write(m_after);
}

Status RuleRowsCommand::doUndo()
{
    return write(m_before);
}

Status RuleRowsCommand::write(const QList<Change> &rows)
{
    ClockRuleRepository rules(m_workspace);
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    QList<clocks::UserClockRule> puts;
    for (const auto &change : rows) {
        if (!change.after) {
            if (auto status = rules.removeRuleId(change.ruleId); !status)
                return status;
        } else {
            puts << *change.after;
        }
    }
    if (auto status = rules.putAll(puts); !status)
        return status;
    return transaction.commit();
}

} // namespace leverage::models

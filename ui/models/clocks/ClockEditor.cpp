#include "ui/models/clocks/ClockEditor.h"

#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockService.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/util/Translate.h"
#include "ui/models/clocks/commands/RuleRowsCommand.h"
#include "ui/models/clocks/commands/SetJurisdictionCommand.h"
#include "ui/models/clocks/commands/TriggerCommand.h"

namespace leverage::models {
Status ClockEditor::setJurisdiction(RowId caseId, const clocks::CaseJurisdiction &where)
{
    return m_pusher.push(std::make_unique<SetJurisdictionCommand>(m_workspace, caseId, where));
}

Result<RowId> ClockEditor::addTrigger(const clocks::ClockTrigger &trigger)
{
    auto command = std::make_unique<TriggerCommand>(m_workspace, std::nullopt, trigger,
                                                    TriggerCommand::addText());
    auto *added = command.get();
    if (auto status = m_pusher.push(std::move(command)); !status)
        return status.error();
    return added->after()->meta.id; // adds never merge: the command is on the stack
}

Status ClockEditor::editTrigger(const clocks::ClockTrigger &trigger)
{
    auto before = ClockTriggerRepository(m_workspace).get(trigger.meta.id);
    if (!before)
        return before.status();
    return m_pusher.push(std::make_unique<TriggerCommand>(m_workspace, *before, trigger,
                                                          TriggerCommand::editText()));
}

Status ClockEditor::removeTrigger(RowId triggerId)
{
    auto before = ClockTriggerRepository(m_workspace).get(triggerId);
    if (!before)
        return before.status();
    return m_pusher.push(std::make_unique<TriggerCommand>(m_workspace, *before, std::nullopt,
                                                          TriggerCommand::removeText()));
}

Status ClockEditor::saveRule(const clocks::ClockRule &rule, const QString &previousId)
{
    QList<RuleRowsCommand::Change> changes;
    if (!previousId.isEmpty() && previousId != rule.id)
        changes << RuleRowsCommand::Change{previousId, std::nullopt};
    changes << RuleRowsCommand::Change{rule.id, clocks::UserClockRule{{}, rule.id, rule, false}};
    return m_pusher.push(
        std::make_unique<RuleRowsCommand>(m_workspace, changes, tr("Save the clock rule")));
}

Status ClockEditor::setRuleHidden(const clocks::ClockRule &rule, bool hidden)
{
    return m_pusher.push(std::make_unique<RuleRowsCommand>(
        m_workspace,
        QList<RuleRowsCommand::Change>{{rule.id, clocks::UserClockRule{{}, rule.id, rule, hidden}}},
        hidden ? tr("Switch off the clock rule") : tr("Switch on the clock rule")));
}

Status ClockEditor::resetRule(const QString &ruleId)
{
    return m_pusher.push(std::make_unique<RuleRowsCommand>(
        m_workspace, QList<RuleRowsCommand::Change>{{ruleId, std::nullopt}},
        tr("Reset the clock rule")));
}

Result<int> ClockEditor::importRules(const QByteArray &text)
{
    auto rules = clocks::ClockRuleJson::parse(text);
    if (!rules)
        return rules.error();
    // A rule the same as the shipped one of its id stays shipped (so a later default set
    // still updates it); the rest become the user's.
    const auto &shipped = clocks::ClockRuleSet::defaults();
    QList<RuleRowsCommand::Change> changes;
    for (const auto &rule : *rules)
        if (std::find(shipped.begin(), shipped.end(), rule) == shipped.end())
            changes << RuleRowsCommand::Change{rule.id,
                                               clocks::UserClockRule{{}, rule.id, rule, false}};
    if (changes.isEmpty())
        return 0;
    if (auto status = m_pusher.push(std::make_unique<RuleRowsCommand>(
            m_workspace, changes, tr("Import %1 clock rules").arg(changes.size())));
        !status)
        return status.error();
    return int(changes.size());
}

Result<QByteArray> ClockEditor::exportRules() const
{
    auto engine = clocks::ClockService(m_workspace).engine();
    if (!engine)
        return engine.error();
    return clocks::ClockRuleJson::write(engine->rules());
}

} // namespace leverage::models

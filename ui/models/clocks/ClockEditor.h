#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/clocks/ClockRule.h"
#include "core/clocks/ClockTrigger.h"
#include "ui/models/undo/UndoPusher.h"

#include <QByteArray>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Every edit of clocks, each one undo step: a case's jurisdiction, its triggers, the user's
// rules (own, edited, switched off, reset) and imports of a rule file.
class ClockEditor final
{
public:
    ClockEditor(Workspace &workspace, UndoPusher pusher) : m_workspace(workspace), m_pusher(pusher)
    {
    }

    Status setJurisdiction(RowId caseId, const clocks::CaseJurisdiction &where);
    // The new trigger's id.
    Result<RowId> addTrigger(const clocks::ClockTrigger &trigger);
    Status editTrigger(const clocks::ClockTrigger &trigger);
    Status removeTrigger(RowId triggerId);

    // Saves a rule as the user's (an edit of a shipped rule keeps its id); `previousId` is the
    // id it had when the user changed the id of their own rule.
    Status saveRule(const clocks::ClockRule &rule, const QString &previousId = {});
    Status setRuleHidden(const clocks::ClockRule &rule, bool hidden);
    // Drops the user's row: a shipped rule is as shipped again, an own rule is gone.
    Status resetRule(const QString &ruleId);
    // Reads a rule file whole and stores its rules as the user's, in one step; a malformed
    // file changes nothing and the error says the line and the reason. Returns the count.
    Result<int> importRules(const QByteArray &text);
    // The rules in force (shipped, edited and own) as a rule file.
    Result<QByteArray> exportRules() const;

private:
    Workspace &m_workspace;
    UndoPusher m_pusher;
};

} // namespace leverage::models

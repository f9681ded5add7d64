#pragma once

#include "core/domain/EscalationStep.h"
#include "ui/models/escalation/commands/EscalationCommand.h"

#include <QList>

namespace leverage::models {

// Changes what a person edits on one or more steps (an edit, "mark current"), together.
class EditStep final : public EscalationCommand
{
public:
    EditStep(Workspace &workspace, QList<EscalationStep> before, QList<EscalationStep> after,
             const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<EscalationStep> m_before;
    QList<EscalationStep> m_after;
};

} // namespace leverage::models

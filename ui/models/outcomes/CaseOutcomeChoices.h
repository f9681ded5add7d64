#pragma once

#include "core/outcomes/CaseOutcome.h"
#include "core/util/Result.h"

#include <QList>
#include <QPair>
#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// What the "Close Case with Outcome" form offers for one case: its title and amount sought,
// the escalation steps, people and sent letters that could have resolved it, and the outcome
// it has now (closing again starts from it).
struct CaseOutcomeChoices
{
    using Choices = QList<QPair<RowId, QString>>;

    RowId caseId = 0;
    QString caseTitle;
    QString soughtText; // "$120.00"; empty when nothing was sought
    QString currency;
    Choices steps;
    Choices contacts;
    Choices letters;
    std::optional<outcomes::CaseOutcome> current;

    static Result<CaseOutcomeChoices> read(Workspace &workspace, RowId caseId);
};

} // namespace leverage::models

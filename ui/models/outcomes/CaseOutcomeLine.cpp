#include "ui/models/outcomes/CaseOutcomeLine.h"

#include "core/outcomes/OutcomeSummary.h"
#include "core/outcomes/Trouble.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "ui/models/common/MoneyText.h"

#include <QStringList>

namespace leverage::models {

Result<QString> caseOutcomeLine(Workspace &workspace, const Case &theCase)
{
    auto record = OutcomeRepository(workspace).get(theCase.meta.id);
    if (!record)
        return record.error();
    if (!*record)
        return QString();
    QString line =
        outcomes::OutcomeSummary::line(**record, theCase.amountSoughtCents, theCase.currency);
    // What it cost to get there, in the same breath (issue 22's time and trouble).
    const OutcomeFactsReader reader(workspace);
    auto facts = reader.readCase(theCase.meta.id);
    if (!facts)
        return facts.error();
    if (*facts)
        line += QStringLiteral(". ") + outcomes::Trouble::of(**facts, reader.today()).sentence();
    return line;
}

Result<std::optional<QString>> caseReceivedText(Workspace &workspace, const Case &theCase)
{
    auto record = OutcomeRepository(workspace).get(theCase.meta.id);
    if (!record)
        return record.error();
    if (!*record)
        return std::optional<QString>(); // no outcome: the amount kept on the case, if any
    auto received = outcomes::OutcomeSummary::received(**record);
    // Closed before items were recorded, with an amount on the case: that amount, as it was.
    if (received.isEmpty() && theCase.amountRecoveredCents > 0)
        received.insert(theCase.currency, theCase.amountRecoveredCents);
    QStringList amounts;
    for (auto it = received.begin(); it != received.end(); ++it)
        amounts << moneyText(it.value(), it.key());
    return std::optional<QString>(amounts.join(QStringLiteral(" + ")));
}

} // namespace leverage::models

#include "ui/models/outcomes/CaseOutcomeChoices.h"

#include "core/letters/LetterKind.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/MoneyText.h"

#include <QSet>

namespace leverage::models {

Result<CaseOutcomeChoices> CaseOutcomeChoices::read(Workspace &workspace, RowId caseId)
{
    CaseOutcomeChoices choices;
    choices.caseId = caseId;
    auto theCase = workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    choices.caseTitle = theCase->title;
    choices.currency = theCase->currency;
    if (theCase->amountSoughtCents > 0)
        choices.soughtText = moneyText(theCase->amountSoughtCents, theCase->currency);

    auto steps = workspace.escalation().forCase(caseId);
    if (!steps)
        return steps.error();
    for (const auto &step : *steps) {
        QString text = escalationLevelLabel(step.level);
        if (!step.targetText.isEmpty())
            text += QStringLiteral(" — ") + step.targetText;
        choices.steps.append({step.meta.id, text});
    }

    // The people on the case's timeline and its escalation path, in the order they came in.
    auto entries = workspace.timeline().forCase(caseId);
    if (!entries)
        return entries.error();
    QList<RowId> people;
    for (const auto &entry : *entries)
        if (entry.contactId > 0 && !people.contains(entry.contactId))
            people << entry.contactId;
    for (const auto &step : *steps)
        if (step.contactId > 0 && !people.contains(step.contactId))
            people << step.contactId;
    for (const RowId id : people) {
        auto contact = workspace.contacts().get(id);
        if (contact)
            choices.contacts.append(
                {id, contact->position.isEmpty()
                         ? contact->name
                         : contact->name + QStringLiteral(", ") + contact->position});
    }

    auto letters = LetterRepository(workspace).forCase(caseId);
    if (!letters)
        return letters.error();
    for (const auto &letter : *letters)
        if (letter.isSent())
            choices.letters.append(
                {letter.meta.id, QStringLiteral("%1 (%2): %3")
                                     .arg(letterKindLabel(letter.kind),
                                          letter.sentAt.toLocalTime().date().toString(Qt::ISODate),
                                          letter.subject)});

    auto current = OutcomeRepository(workspace).get(caseId);
    if (!current)
        return current.error();
    choices.current = *current;
    return choices;
}

} // namespace leverage::models

#include "ui/models/undo/ConflictResolution.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/Channel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/MoneyText.h"

namespace leverage::models {
namespace {

ConflictResolver *g_resolver = nullptr;

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage::models", text);
}

// Adds the field when the two versions differ in it.
void compare(QList<ConflictField> &fields, const char *label, const QString &mine,
             const QString &theirs)
{
    if (mine != theirs)
        fields.append({tr(label), mine, theirs});
}

} // namespace

ConflictResolver *ConflictResolver::installed()
{
    return g_resolver;
}

void ConflictResolver::install(ConflictResolver *resolver)
{
    g_resolver = resolver;
}

Error staleEdit()
{
    return {Error::Code::Conflict,
            QCoreApplication::translate("leverage", "The item was changed or removed elsewhere; "
                                                    "reload it and make the change again.")};
}

Error theirsKept()
{
    return {Error::Code::Conflict,
            tr("Your colleague's version was kept; your change was not saved.")};
}

QList<ConflictField> conflictFields(const Case &mine, const Case &theirs)
{
    QList<ConflictField> fields;
    compare(fields, "Title", mine.title, theirs.title);
    compare(fields, "Reference", mine.reference, theirs.reference);
    compare(fields, "Status", caseStatusLabel(mine.status), caseStatusLabel(theirs.status));
    compare(fields, "Desired outcome", mine.desiredOutcome, theirs.desiredOutcome);
    compare(fields, "Outcome so far", mine.outcome, theirs.outcome);
    compare(fields, "Amount sought", moneyText(mine.amountSoughtCents, mine.currency),
            moneyText(theirs.amountSoughtCents, theirs.currency));
    compare(fields, "Amount recovered", moneyText(mine.amountRecoveredCents, mine.currency),
            moneyText(theirs.amountRecoveredCents, theirs.currency));
    compare(fields, "Currency", mine.currency, theirs.currency);
    compare(fields, "Opened", shortDate(mine.openedAt), shortDate(theirs.openedAt));
    return fields;
}

QList<ConflictField> conflictFields(const TimelineEntry &mine, const TimelineEntry &theirs)
{
    QList<ConflictField> fields;
    compare(fields, "Summary", mine.summary, theirs.summary);
    compare(fields, "Notes", mine.notes, theirs.notes);
    compare(fields, "When", shortDateTime(mine.occurredAt), shortDateTime(theirs.occurredAt));
    compare(fields, "Channel", channelLabel(mine.channel), channelLabel(theirs.channel));
    compare(fields, "Person", mine.personName, theirs.personName);
    compare(fields, "Reference number", mine.referenceNumber, theirs.referenceNumber);
    return fields;
}

QString conflictItem(const Case &value)
{
    return value.title;
}

QString conflictItem(const TimelineEntry &value)
{
    return value.summary;
}

} // namespace leverage::models

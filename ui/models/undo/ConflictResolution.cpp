#include "ui/models/undo/ConflictResolution.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/Channel.h"
#include "core/domain/CommitmentStatus.h"
#include "core/util/Translate.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/MoneyText.h"

namespace leverage::models {
namespace {

ConflictResolver *g_resolver = nullptr;

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

Error conflictLeftOpen()
{
    // Not "reload it": the person just saw both versions and chose to decide later.
    return {Error::Code::Conflict,
            tr("Nothing was saved. OK shows both versions again; Cancel leaves your "
               "colleague's version as it is.")};
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

QList<ConflictField> conflictFields(const Commitment &mine, const Commitment &theirs)
{
    QList<ConflictField> fields;
    compare(fields, "Promise", mine.what, theirs.what);
    compare(fields, "Promised by", mine.madeByName, theirs.madeByName);
    compare(fields, "Made", shortDateTime(mine.madeAt), shortDateTime(theirs.madeAt));
    compare(fields, "Due", dueText(mine.due()), dueText(theirs.due()));
    compare(fields, "Who acts", mine.actorName, theirs.actorName);
    compare(fields, "Status", commitmentStatusLabel(mine.status),
            commitmentStatusLabel(theirs.status));
    compare(fields, "Status note", mine.statusNote, theirs.statusNote);
    return fields;
}

QList<ConflictField> conflictFields(const Contact &mine, const Contact &theirs)
{
    const auto phones = [](const Contact &c) {
        QStringList all;
        for (const auto &phone : c.otherPhones)
            all << (phone.extension.isEmpty()
                        ? phone.number
                        : tr("%1 ext. %2").arg(phone.number, phone.extension));
        return all.join(QStringLiteral(", "));
    };
    const auto emails = [](const Contact &c) {
        QStringList all;
        for (const auto &email : c.otherEmails)
            all << email.address;
        return all.join(QStringLiteral(", "));
    };
    QList<ConflictField> fields;
    compare(fields, "Name", mine.name, theirs.name);
    compare(fields, "Position", mine.position, theirs.position);
    compare(fields, "Department", mine.department, theirs.department);
    compare(fields, "Direct line", mine.directLine, theirs.directLine);
    compare(fields, "Extension", mine.extension, theirs.extension);
    compare(fields, "Other phones", phones(mine), phones(theirs));
    compare(fields, "Email", mine.email, theirs.email);
    compare(fields, "Other emails", emails(mine), emails(theirs));
    compare(fields, "Preferred channel", mine.preferredChannel, theirs.preferredChannel);
    compare(fields, "Best time", mine.bestTime, theirs.bestTime);
    compare(fields, "Notes", mine.notes, theirs.notes);
    compare(fields, "Gateway", mine.isGateway ? tr("yes") : tr("no"),
            theirs.isGateway ? tr("yes") : tr("no"));
    compare(fields, "Rules of engagement", mine.rulesOfEngagement, theirs.rulesOfEngagement);
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

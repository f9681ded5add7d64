#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/FollowUp.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace leverage::models {

// Which of the listed fields differ between two copies of a row, one bit per field in the
// order given; every bit when a field left off the list differs too, so a forgotten field
// can only keep two edits apart, never merge them wrongly. Meta (version, timestamps) is
// not content and is ignored.
template <typename T, typename... Fields>
quint64 differingFields(const T &a, const T &b, Fields... fields)
{
    static_assert(sizeof...(Fields) < 64);
    quint64 mask = 0;
    int bit = 0;
    T rest = b; // b with every listed field taken from a: equals a unless an unlisted one differs
    ((mask |= (a.*fields == b.*fields ? 0 : quint64(1) << bit), rest.*fields = a.*fields, ++bit),
     ...);
    rest.meta = a.meta;
    return rest == a ? mask : ~quint64(0);
}

// What the generic commands need to know about each kind of row: where it is stored, how its
// removal is captured, the words for the Edit menu, and which fields the store derives (an
// edit must not write back a stale copy of them), and the fields a person edits (two edits of
// the same fields in a row merge into one undo step).
template <typename T> struct EntityTraits;

#define LEVERAGE_COMMAND_TEXT(add, edit, remove)                                                   \
    static QString addText()                                                                       \
    {                                                                                              \
        return QCoreApplication::translate("leverage::models", add);                               \
    }                                                                                              \
    static QString editText()                                                                      \
    {                                                                                              \
        return QCoreApplication::translate("leverage::models", edit);                              \
    }                                                                                              \
    static QString removeText()                                                                    \
    {                                                                                              \
        return QCoreApplication::translate("leverage::models", remove);                            \
    }

template <> struct EntityTraits<Case>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Case;
    static Repository<Case> &repository(Workspace &ws) { return ws.cases(); }
    static void keepDerived(Case &value, const Case &stored)
    {
        value.lastActivityAt = stored.lastActivityAt;
    }
    static quint64 changedFields(const Case &a, const Case &b)
    {
        return differingFields(a, b, &Case::title, &Case::organizationId, &Case::reference,
                               &Case::desiredOutcome, &Case::status, &Case::outcome,
                               &Case::amountSoughtCents, &Case::amountRecoveredCents,
                               &Case::currency, &Case::openedAt, &Case::lastActivityAt);
    }
    LEVERAGE_COMMAND_TEXT("Add Case", "Edit Case", "Remove Case")
};

template <> struct EntityTraits<Organization>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Organization;
    static Repository<Organization> &repository(Workspace &ws) { return ws.organizations(); }
    static void keepDerived(Organization &, const Organization &) {}
    static quint64 changedFields(const Organization &a, const Organization &b)
    {
        return differingFields(a, b, &Organization::name, &Organization::kind, &Organization::phone,
                               &Organization::website, &Organization::notes);
    }
    LEVERAGE_COMMAND_TEXT("Add Organization", "Edit Organization", "Remove Organization")
};

template <> struct EntityTraits<Contact>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Contact;
    static Repository<Contact> &repository(Workspace &ws) { return ws.contacts(); }
    static void keepDerived(Contact &, const Contact &) {}
    static quint64 changedFields(const Contact &a, const Contact &b)
    {
        return differingFields(a, b, &Contact::organizationId, &Contact::supervisorId,
                               &Contact::name, &Contact::position, &Contact::department,
                               &Contact::directLine, &Contact::extension, &Contact::email,
                               &Contact::preferredChannel, &Contact::bestTime, &Contact::notes,
                               &Contact::isGateway, &Contact::rulesOfEngagement);
    }
    LEVERAGE_COMMAND_TEXT("Add Contact", "Edit Contact", "Remove Contact")
};

template <> struct EntityTraits<TimelineEntry>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Entry;
    static Repository<TimelineEntry> &repository(Workspace &ws) { return ws.timeline(); }
    static void keepDerived(TimelineEntry &, const TimelineEntry &) {}
    static quint64 changedFields(const TimelineEntry &a, const TimelineEntry &b)
    {
        return differingFields(
            a, b, &TimelineEntry::caseId, &TimelineEntry::channel, &TimelineEntry::occurredAt,
            &TimelineEntry::durationSeconds, &TimelineEntry::holdSeconds, &TimelineEntry::contactId,
            &TimelineEntry::personName, &TimelineEntry::personPosition,
            &TimelineEntry::referenceNumber, &TimelineEntry::summary, &TimelineEntry::notes,
            &TimelineEntry::effort, &TimelineEntry::helpfulness, &TimelineEntry::serviceFailure,
            &TimelineEntry::isPrivate);
    }
    LEVERAGE_COMMAND_TEXT("Add Entry", "Edit Entry", "Remove Entry")
};

template <> struct EntityTraits<Commitment>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Commitment;
    static Repository<Commitment> &repository(Workspace &ws) { return ws.commitments(); }
    static void keepDerived(Commitment &, const Commitment &) {}
    static quint64 changedFields(const Commitment &a, const Commitment &b)
    {
        return differingFields(a, b, &Commitment::caseId, &Commitment::entryId,
                               &Commitment::contactId, &Commitment::madeByName, &Commitment::what,
                               &Commitment::madeAt, &Commitment::dueAt, &Commitment::status,
                               &Commitment::statusChangedAt, &Commitment::statusNote,
                               &Commitment::dueFrom, &Commitment::dueForm,
                               &Commitment::dueWithinMinutes, &Commitment::actorId,
                               &Commitment::actorName);
    }
    LEVERAGE_COMMAND_TEXT("Add Commitment", "Edit Commitment", "Remove Commitment")
};

// Follow-ups are edited (done, snoozed) but added and removed by their own commands.
template <> struct EntityTraits<FollowUp>
{
    static Repository<FollowUp> &repository(Workspace &ws) { return ws.followUps(); }
    static void keepDerived(FollowUp &, const FollowUp &) {}
    static quint64 changedFields(const FollowUp &a, const FollowUp &b)
    {
        return differingFields(a, b, &FollowUp::caseId, &FollowUp::contactId,
                               &FollowUp::commitmentId, &FollowUp::what, &FollowUp::dueAt,
                               &FollowUp::doneAt, &FollowUp::snoozedUntil, &FollowUp::notes,
                               &FollowUp::dueFrom, &FollowUp::dueForm, &FollowUp::dueWithinMinutes);
    }
    static QString editText()
    {
        return QCoreApplication::translate("leverage::models", "Edit Follow-up");
    }
};

#undef LEVERAGE_COMMAND_TEXT

} // namespace leverage::models

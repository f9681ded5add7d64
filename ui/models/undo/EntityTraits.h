#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::models {

// What the generic commands need to know about each kind of row: where it is stored, how its
// removal is captured, the words for the Edit menu, and which fields the store derives (an
// edit must not write back a stale copy of them).
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
    LEVERAGE_COMMAND_TEXT("Add Case", "Edit Case", "Remove Case")
};

template <> struct EntityTraits<Organization>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Organization;
    static Repository<Organization> &repository(Workspace &ws) { return ws.organizations(); }
    static void keepDerived(Organization &, const Organization &) {}
    LEVERAGE_COMMAND_TEXT("Add Organization", "Edit Organization", "Remove Organization")
};

template <> struct EntityTraits<Contact>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Contact;
    static Repository<Contact> &repository(Workspace &ws) { return ws.contacts(); }
    static void keepDerived(Contact &, const Contact &) {}
    LEVERAGE_COMMAND_TEXT("Add Contact", "Edit Contact", "Remove Contact")
};

template <> struct EntityTraits<TimelineEntry>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Entry;
    static Repository<TimelineEntry> &repository(Workspace &ws) { return ws.timeline(); }
    static void keepDerived(TimelineEntry &, const TimelineEntry &) {}
    LEVERAGE_COMMAND_TEXT("Add Entry", "Edit Entry", "Remove Entry")
};

template <> struct EntityTraits<Commitment>
{
    static constexpr auto kind = RemovalSnapshot::Kind::Commitment;
    static Repository<Commitment> &repository(Workspace &ws) { return ws.commitments(); }
    static void keepDerived(Commitment &, const Commitment &) {}
    LEVERAGE_COMMAND_TEXT("Add Commitment", "Edit Commitment", "Remove Commitment")
};

#undef LEVERAGE_COMMAND_TEXT

} // namespace leverage::models

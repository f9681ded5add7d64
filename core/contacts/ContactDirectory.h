#pragma once

#include "core/domain/CaseOrganization.h"
#include "core/domain/Contact.h"
#include "core/domain/EntryParticipant.h"
#include "core/domain/Organization.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

class Workspace;

// Who a form can choose from, read when the form opens: the organizations, the people of
// some of them, and the organizations a case involves. Forms ask here instead of the store,
// and a failed read comes back as an Error they can show, not as an empty list.
class ContactDirectory final
{
public:
    explicit ContactDirectory(Workspace &workspace) : m_workspace(workspace) {}

    // By name, as the store lists them (a workspace holds tens, not thousands).
    Result<QList<Organization>> organizations() const;
    // The people of each organization in turn, each organization's in the store's order.
    Result<QList<Contact>> peopleOf(const QList<RowId> &organizationIds) const;
    // The people of these organizations first (as peopleOf), then everyone else in the
    // workspace by organization and name, the people of no organization last: a case's
    // organizations come first, anyone may be named.
    Result<QList<Contact>> peopleFirstOf(const QList<RowId> &organizationIds) const;
    // The case's organizations with roles and referrals, its own first (the case form).
    Result<QList<CaseOrganization>> caseOrganizations(RowId caseId) const;
    // Everyone else on an entry and who was sent a copy (the entry form).
    Result<QList<EntryParticipant>> othersOn(RowId entryId) const;
    // The case's own organization first, then the others involved, each once.
    Result<QList<RowId>> organizationsOfCase(RowId caseId) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage

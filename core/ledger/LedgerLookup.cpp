#include "core/ledger/LedgerLookup.h"

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

const LedgerLookup::CaseInfo &LedgerLookup::caseInfo(RowId caseId)
{
    auto it = m_cases.find(caseId);
    if (it == m_cases.end()) {
        CaseInfo info;
        if (caseId > 0)
            if (auto found = m_workspace.cases().get(caseId))
                info = {found->title, found->organizationId};
        it = m_cases.insert(caseId, info);
    }
    return *it;
}

QString LedgerLookup::caseTitle(RowId caseId)
{
    return caseInfo(caseId).title;
}

RowId LedgerLookup::caseOrganizationId(RowId caseId)
{
    return caseInfo(caseId).organizationId;
}

Contact LedgerLookup::contact(RowId contactId)
{
    auto it = m_contacts.find(contactId);
    if (it == m_contacts.end()) {
        Contact found;
        if (contactId > 0)
            if (auto stored = m_workspace.contacts().get(contactId))
                found = *stored;
        it = m_contacts.insert(contactId, found);
    }
    return *it;
}

QString LedgerLookup::organizationName(RowId organizationId)
{
    auto it = m_organizations.find(organizationId);
    if (it == m_organizations.end()) {
        QString name;
        if (organizationId > 0)
            if (auto stored = m_workspace.organizations().get(organizationId))
                name = stored->name;
        it = m_organizations.insert(organizationId, name);
    }
    return *it;
}

QString LedgerLookup::madeBy(const Commitment &commitment)
{
    const auto person = contact(commitment.contactId);
    return person.meta.isStored() ? person.name : commitment.madeByName;
}

QString LedgerLookup::actor(const Commitment &commitment)
{
    if (commitment.actorId <= 0)
        return commitment.actorName;
    const auto person = contact(commitment.actorId);
    return person.meta.isStored() ? person.name : commitment.actorName;
}

RowId LedgerLookup::organizationOf(RowId contactId, RowId caseId)
{
    const auto person = contact(contactId);
    if (person.meta.isStored() && person.organizationId > 0)
        return person.organizationId;
    return caseOrganizationId(caseId);
}

void LedgerLookup::clear()
{
    m_cases.clear();
    m_contacts.clear();
    m_organizations.clear();
}

} // namespace leverage

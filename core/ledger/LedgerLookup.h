#pragma once

#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"

#include <QHash>
#include <QString>

namespace leverage {

class Workspace;

// Names of the cases, people and organizations the ledger rows point at, read once per id
// and kept until clear() (the models clear it when a case, contact or organization changes).
class LedgerLookup final
{
public:
    explicit LedgerLookup(Workspace &workspace) : m_workspace(workspace) {}

    QString caseTitle(RowId caseId);
    RowId caseOrganizationId(RowId caseId);
    // Null contact (id 0) when unknown or removed.
    Contact contact(RowId contactId);
    QString organizationName(RowId organizationId);

    // Who made a promise: the linked person's name, or the name noted with it.
    QString madeBy(const Commitment &commitment);
    // Who will act on it, when not the one who promised (empty otherwise).
    QString actor(const Commitment &commitment);
    // The person's organization, or the case's when no person is linked.
    RowId organizationOf(RowId contactId, RowId caseId);

    void clear();

private:
    struct CaseInfo
    {
        QString title;
        RowId organizationId = 0;
    };
    const CaseInfo &caseInfo(RowId caseId);

    Workspace &m_workspace;
    QHash<RowId, CaseInfo> m_cases;
    QHash<RowId, Contact> m_contacts;
    QHash<RowId, QString> m_organizations;
};

} // namespace leverage

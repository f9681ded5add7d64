#pragma once

#include "core/domain/Case.h"
#include "core/store/CaseQuery.h"
#include "core/store/Repository.h"

#include <QHash>

namespace leverage {

// A case as the cases list shows it: the case and its organization's name.
struct CaseSummary
{
    Case caseData;
    QString organizationName;
};

// Another organization involved in a case, and its role ("delivery contractor").
struct CaseOrganization
{
    RowId organizationId = 0;
    QString role;
};

class CaseRepository final : public Repository<Case>
{
public:
    explicit CaseRepository(Workspace &workspace);

    // One page of the cases list, in the query's order.
    Result<QList<CaseSummary>> page(const CaseQuery &query, int offset, int limit) const;
    Result<qint64> count(const CaseQuery &query) const;
    // Where a case stands in the query's order (its row in a fully loaded list), or -1 when
    // the query filters it out.
    Result<qint64> rowOf(const CaseQuery &query, RowId caseId) const;
    Result<CaseSummary> summary(RowId caseId) const;

    Result<QList<CaseOrganization>> involvedOrganizations(RowId caseId) const;
    Status setInvolvedOrganizations(RowId caseId, const QList<CaseOrganization> &organizations);

    // Recomputes the derived last activity from the case's newest entry (inside a write).
    Status refreshLastActivity(RowId caseId);
    // Moves each case's last activity forward to the given instant where it is newer (after
    // a bulk insert of entries; listeners get the bulk change, not a signal per case).
    Status raiseLastActivity(const QHash<RowId, Instant> &newestByCase);

protected:
    Status validate(const Case &value) const override;
};

} // namespace leverage

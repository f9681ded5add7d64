#pragma once

#include "core/domain/Case.h"
#include "core/domain/CaseOrganization.h"
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

    // Every organization of the case, its own (cases.organization_id) first, then the others
    // in the order given to setInvolvedOrganizations.
    Result<QList<CaseOrganization>> involvedOrganizations(RowId caseId) const;
    // Replaces the list; the case's own organization stays listed even when left out.
    Status setInvolvedOrganizations(RowId caseId, const QList<CaseOrganization> &organizations);

    // Recomputes the derived last activity from the case's newest entry (inside a write).
    Status refreshLastActivity(RowId caseId);
    // Moves each case's last activity forward to the given instant where it is newer (after
    // a bulk insert of entries; listeners get the bulk change, not a signal per case).
    Status raiseLastActivity(const QHash<RowId, Instant> &newestByCase);

protected:
    Status validate(const Case &value) const override;
    Status afterWrite(const Case &value) override;
    Status afterBulkInsert(const QList<Case> &values) override;

private:
    // Lists the case's own organization among its organizations when it is missing (all
    // cases when caseId is 0).
    Status listOwnOrganization(RowId caseId);
};

} // namespace leverage

#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QHash>

namespace leverage {

class Workspace;

// A case's jurisdiction and sector (issue 19: which clock rules apply), kept in columns of
// the cases table but read and written here, apart from the rest of a case.
class CaseJurisdictionRepository final
{
public:
    explicit CaseJurisdictionRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<clocks::CaseJurisdiction> get(RowId caseId) const;
    // Every case that has one, by case id.
    Result<QHash<RowId, clocks::CaseJurisdiction>> all() const;
    // An edit counts (version and time stamp); a removed case put back keeps its own.
    enum class Stamp
    {
        AsEdit,
        AsBefore
    };
    Status set(RowId caseId, const clocks::CaseJurisdiction &where, Stamp stamp = Stamp::AsEdit);
    // The most recently changed case's, for a new case's suggestion when nothing better.
    Result<clocks::CaseJurisdiction> lastUsed() const;
    // What the other cases with this organization use most, else empty.
    Result<clocks::CaseJurisdiction> usualFor(RowId organizationId) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage

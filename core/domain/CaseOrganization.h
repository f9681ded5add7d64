#pragma once

#include "core/domain/Ids.h"

#include <QString>

namespace leverage {

// An organization involved in a case, its role (a key of caseOrganizationRoles() or free text
// such as "delivery contractor") and the organization that referred the case to it, if any.
struct CaseOrganization
{
    RowId organizationId = 0;
    QString role;
    RowId referredById = 0;

    friend bool operator==(const CaseOrganization &, const CaseOrganization &) = default;
};

} // namespace leverage

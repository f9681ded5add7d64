#pragma once

#include <Qt>

namespace leverage::models {

// Roles of the contacts models. The first matches the row-id role every model shares
// (models::IdRole in ModelRoles.h): Qt::UserRole + 1 is the row's contact id.
enum ContactRole
{
    ContactIdRole = Qt::UserRole + 1,
    IsGatewayRole,      // bool
    VerdictRole,        // the track-record verdict key: "can-do", "one-and-done", …
    LastContactRole,    // QDateTime in local time, invalid if never
    OrganizationIdRole, // qint64
};

} // namespace leverage::models

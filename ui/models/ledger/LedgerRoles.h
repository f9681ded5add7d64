#pragma once

#include <Qt>

namespace leverage::models::ledger {

// Roles of the ledger and agenda models. IdRole is Qt::UserRole + 1 in every model of the
// program (models::IdRole); the rest are the ledger's own.
enum LedgerRole
{
    IdRole = Qt::UserRole + 1,
    CaseIdRole,
    ContactIdRole,
    OrganizationIdRole,
    DuenessRole,  // int(leverage::Dueness)
    StatusRole,   // int(leverage::CommitmentStatus)
    SortRole,     // a value that sorts the column properly (UTC ms for times)
    IsBucketRole, // agenda: true on the bucket rows
};

} // namespace leverage::models::ledger

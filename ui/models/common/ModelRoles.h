#pragma once

#include <Qt>

namespace leverage::models {

// The roles of every model of the program besides the display ones, in one list so that two
// features' roles can never share a number or a name.
enum Role
{
    IdRole = Qt::UserRole + 1, // RowId (qint64) of the row's item (a contact row: the contact)
    KindRole,                  // ContactTreeModel: ContactTreeModel::Kind (int)
    OrganizationIdRole,        // the organization the row belongs to, 0 when none
    CaseIdRole,                // the case the row belongs to, 0 when none
    SortRole,                  // a raw value to sort by (ms since epoch, numbers, lower-case text)
    ContactIdRole,             // the contact the row is about or who made it; a contact row: itself
    DuenessRole,               // ledger and agenda: int(leverage::Dueness)
    StatusRole,                // ledger: int(leverage::CommitmentStatus)
    IsBucketRole,              // agenda: true on the bucket rows
    IsGatewayRole,             // contacts: bool
    VerdictRole,     // contacts: the track-record verdict key ("can-do", "one-and-done", …)
    LastContactRole, // contacts: QDateTime in local time, invalid if never
};

} // namespace leverage::models

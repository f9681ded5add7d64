#pragma once

#include <Qt>

namespace leverage::models {

// Roles every model answers besides the display ones. IdRole is the row's id in every model.
enum Role
{
    IdRole = Qt::UserRole + 1, // RowId (qint64) of the row's item
    KindRole,                  // ContactTreeModel: ContactTreeModel::Kind (int)
    OrganizationIdRole,        // the organization the row belongs to, 0 when none
    CaseIdRole,                // the case the row belongs to, 0 when none
    SortRole                   // a raw value to sort by (ms since epoch, numbers, lower-case text)
};

} // namespace leverage::models

#pragma once

#include <QString>
#include <QStringList>

namespace leverage {

// The roles an organization plays in a case, stored as these keys; any other text a user typed
// (an older workspace's "delivery contractor") is kept and shown as it is.
QStringList caseOrganizationRoles(); // "seller", "installer", "insurer", "provider", "regulator"
// The key's words for the user ("Seller"); other text unchanged; empty for none.
QString caseOrganizationRoleLabel(const QString &role);
// The key a label or a typed text stands for (the inverse of the above).
QString caseOrganizationRoleKey(const QString &labelOrText);

} // namespace leverage

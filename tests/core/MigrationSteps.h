#pragma once

#include "core/store/Migration.h"

#include <QString>

class QSqlQuery;

namespace leverage {
class Workspace;
}

namespace leverage::testing {

// Whether the SQLite workspace has a table (or index) of that name.
bool tableExists(Workspace &workspace, const QString &table);
// The schema as an older Leverage had it: the steps up to `version`.
MigrationList stepsUpTo(int version);
// A case and its entry as a version-5 Leverage wrote them (raw SQL in a test only).
void addVersionFiveCaseAndEntry(QSqlQuery &q);

} // namespace leverage::testing

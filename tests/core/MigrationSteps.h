#pragma once

#include "core/domain/SearchQuery.h"
#include "core/store/Migration.h"
#include "core/store/SqlDialect.h"

#include <QString>

class QSqlQuery;

namespace leverage {
class Workspace;
}

namespace leverage::testing {

// Whether the SQLite workspace has a table (or index) of that name.
bool tableExists(Workspace &workspace, const QString &table);
// The schema as an older Leverage had it: the steps up to `version`, on a file or a server.
MigrationList stepsUpTo(int version, SqlDialect::Engine engine = SqlDialect::Engine::Sqlite);
// A case and its entry as a version-5 Leverage wrote them (raw SQL in a test only).
void addVersionFiveCaseAndEntry(QSqlQuery &q);
// A letter to the case of uuid 'c1' as a version-7 Leverage wrote it: HTML only, no plain
// text; its body asks for a "chargeback" and its style sets a "margin" (raw SQL).
void addVersionSevenLetter(QSqlQuery &q);
// A search for one word.
SearchQuery wordSearch(const QString &word);

} // namespace leverage::testing

#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace leverage {

class SqlDialect;

// The SQLite connection under a Qt connection, when the driver is Qt's SQLite driver (for the
// few loops where Qt's per-value overhead dominates); null otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &database, const SqlDialect &dialect);

} // namespace leverage

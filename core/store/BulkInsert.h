#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace leverage {

class SqlDialect;

// The SQLite connection under a Qt connection (null on another driver): for what Qt does not
// offer (binding at engine speed here, interrupting a search in SearchIndex).
sqlite3 *sqliteHandle(const QSqlDatabase &database, const SqlDialect &dialect);

// One prepared positional `INSERT … RETURNING id` run for many rows (imports, generators).
// On SQLite it binds straight to the engine's statement: Qt's positional binding formats and
// hashes a placeholder name for every value, which was 40% of loading a million entries.
// Any other engine goes through QSqlQuery. Runs inside the caller's transaction.
class BulkInsert
{
    Q_DISABLE_COPY_MOVE(BulkInsert)

public:
    BulkInsert(const QSqlDatabase &database, const SqlDialect &dialect, QString sql,
               int parameterCount);
    ~BulkInsert();

    // Whether the statement could be prepared; insert() fails with this error otherwise.
    Status status() const { return m_status; }

    // Sets parameter `index` (0-based) of the next insert; values stay bound until replaced.
    void bind(int index, QVariant value);
    // Runs the statement with the bound values and returns the new row's id.
    Result<RowId> insert();

private:
    Status bindNative(int index, const QVariant &value);
    Error nativeFailure() const;

    QString m_sql;
    Status m_status;
    std::vector<QVariant> m_values;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_native = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
};

} // namespace leverage

#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace leverage {

class SqlDialect;

// A forward-only read of many rows (verifying a million seals). On SQLite it reads straight
// from the engine's statement; Qt's QVariant per value was most of the time. Any other engine
// goes through QSqlQuery.
class RowScan
{
    Q_DISABLE_COPY_MOVE(RowScan)

public:
    RowScan(const QSqlDatabase &database, const SqlDialect &dialect, QString sql);
    ~RowScan();

    // Binds parameter `index` (0-based) to an integer before start().
    void bind(int index, qint64 value);
    Status start();
    bool next();
    // After the rows ran out: whether the read ended cleanly.
    Status finish() const;
    qint64 integer(int column) const;
    // The text of a column as UTF-8, exactly as stored.
    QByteArray utf8(int column) const;

private:
    QString m_sql;
    Status m_status;
    sqlite3_stmt *m_native = nullptr;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_failed = false;
};

} // namespace leverage

#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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
    // The same without a copy where it can: valid until the next row (or, on another engine,
    // the next text() of the same column).
    QByteArrayView text(int column) const;
    // SQLite's statement, null on any other engine (for SqliteQuote).
    sqlite3_stmt *native() const { return m_native; }

private:
    QString m_sql;
    Status m_status;
    sqlite3_stmt *m_native = nullptr;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    mutable QList<QByteArray> m_texts; // text()'s values on other engines, until the next row
    bool m_failed = false;
};

} // namespace leverage

#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace leverage {

// A prepared statement with bound values. Failures are logged with the SQL text and the
// driver's message, never with the values (they are the user's notes and people).
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    Statement &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QSqlQuery &query() { return m_query; }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // A Database error with a user-facing sentence, logged with the detail.
    static Error failure(const QSqlQuery &query, const QString &sql);
    // The same from the engine's own words: its message and its native (primary) code.
    static Error failure(const QString &driverText, const QString &nativeCode, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    bool m_direct = false; // fixed SQL PostgreSQL cannot prepare (DDL, BEGIN, SET)
};

} // namespace leverage

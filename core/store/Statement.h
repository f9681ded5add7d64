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
    Q_DISABLE_COPY_MOVE(Statement)

public:
    // Takes the connection's kept query of the same text when there is one (StatementCache):
    // every caller binds each of its placeholders before exec().
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();

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
    QString m_connection;
    bool m_prepared = false;
    bool m_kept = false;   // given back to the connection's cache when done
    bool m_direct = false; // fixed SQL PostgreSQL cannot prepare (DDL, BEGIN, SET)
};

} // namespace leverage

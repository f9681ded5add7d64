#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

struct pg_conn;

namespace leverage {

// Rows written to a PostgreSQL table with `COPY … FROM STDIN` on the connection's own libpq
// handle: Qt's PostgreSQL driver has no COPY, and multi-row INSERTs carry their values as the
// text of an EXECUTE that the server parses value by value (the large workspace's copy ran at
// three times psql's \copy). Runs inside the caller's transaction; a failure leaves it to the
// caller to roll back. Only for a connection no Qt query is reading from meanwhile.
class ServerCopyIn
{
    Q_DISABLE_COPY_MOVE(ServerCopyIn)

public:
    ServerCopyIn(const QSqlDatabase &database, QString table, QStringList columns);
    ~ServerCopyIn();

    // Whether `database` is a PostgreSQL connection whose libpq handle can be reached.
    static bool available(const QSqlDatabase &database);

    // Adds one row, a value per column in order (bytes for binary columns).
    Status add(const QVariantList &row);
    // Sends the last rows and ends the COPY; the rows are in once this succeeds.
    Status finish();
    qint64 written() const { return m_written; }

private:
    Status start();
    Status send();
    Status failure(const QString &what);

    pg_conn *m_connection = nullptr;
    QString m_sql;
    QByteArray m_buffer;
    qint64 m_written = 0;
    bool m_started = false;
};

} // namespace leverage

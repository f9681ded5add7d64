#pragma once

#include "core/store/ServerAddress.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace leverage::testing {

// A throw-away PostgreSQL 15 cluster for the tests of one test binary: initdb in a temporary
// folder owned by an unprivileged user (the server refuses to run as root), listening on a
// Unix socket in that folder only, started on first use and stopped when the binary exits.
// Each test gets a database of its own, copied from one migrated template (fast).
class PostgresServer final
{
    Q_DISABLE_COPY_MOVE(PostgresServer)

public:
    // The one server of this process, started on the first call.
    static PostgresServer &instance();
    ~PostgresServer();

    // Empty when the server runs; otherwise why it could not start (the test must fail).
    QString error() const { return m_error; }
    bool isRunning() const { return m_error.isEmpty(); }
    QString socketFolder() const { return m_dir.path(); }
    // The cluster's superuser (trust authentication on the socket).
    static QString superuser() { return QStringLiteral("leverage"); }

    // A new database holding an up-to-date, empty workspace (a copy of the template).
    ServerAddress newWorkspaceDatabase();
    // A new database with nothing in it.
    ServerAddress newEmptyDatabase();
    ServerAddress addressOf(const QString &database, const QString &user = superuser()) const;
    // Runs one statement as the superuser on the `postgres` database; false with the error.
    bool administer(const QString &sql, QString *error = nullptr);
    // From now on `role` logs in on the socket only with its password (scram-sha-256), as on
    // a clinic's server; every other login keeps trust. False with why.
    bool requirePassword(const QString &role, QString *error = nullptr);
    // What the server itself has logged so far.
    QByteArray serverLog() const;
    // Runs a program of the cluster (psql …) as its owner; returns its exit code.
    int runAsOwner(const QString &program, const QStringList &arguments, QString *output);

private:
    PostgresServer();
    bool start();
    bool makeTemplate();
    QStringList asOwner(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_owner;
    QString m_error;
    QString m_adminConnection;
    bool m_templateReady = false;
    int m_nextDatabase = 0;
};

} // namespace leverage::testing

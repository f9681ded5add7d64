#pragma once

#include "core/util/Result.h"

#include <QString>

namespace leverage {

// Where a team workspace lives: a PostgreSQL database, written as a libpq URL
// (postgresql://user@host:port/database?sslmode=require, or ?host=/socket/folder for a Unix
// socket). The password is never part of what is shown, logged or remembered: it comes from
// PostgreSQL's own ~/.pgpass through libpq, or is typed and kept in memory only.
class ServerAddress
{
public:
    static constexpr auto kScheme = "postgresql";

    // True for text that names a server (postgresql:// or postgres://), not a file.
    static bool isServerUrl(const QString &text);
    // Reads a URL; a password written into it is kept in memory only.
    static Result<ServerAddress> parse(const QString &url);

    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;  // libpq's sslmode: disable, prefer, require, verify-ca, verify-full
    QString password; // typed; empty: ~/.pgpass or no password

    // The URL without the password: for the window title, the recent list and the log.
    QString displayUrl() const;
    // libpq's connection options besides host, port, database, user and password.
    QString connectOptions() const;
    bool isUnixSocket() const { return host.startsWith(QLatin1Char('/')); }
};

} // namespace leverage

#pragma once

#include <QStringList>

namespace leverage {

class SqlDialect;
class Workspace;

// Live updates on a team workspace (PostgreSQL LISTEN/NOTIFY): the server announces every
// committed row change of the tables the panes show, on one channel, as "table op id case_id";
// each client turns a colleague's announcement into the same Workspace signal a change made
// here gives, so models update only those rows. NOTIFY is delivered at commit and never for
// a rolled-back change. Nothing on SQLite (a file has one writer).
class ServerChanges final
{
public:
    static constexpr auto kChannel = "leverage_changes";

    // The trigger function and the triggers that announce changes (schema version 7).
    static QStringList schemaStatements(const SqlDialect &dialect, const QStringList &tables);
    // Makes the current transaction's row changes unannounced (a bulk copy into a new
    // workspace); empty on SQLite.
    static QString quietTransaction(const SqlDialect &dialect);
    // Subscribes the workspace's connection to the channel.
    static void listen(Workspace &workspace);
    // Emits the workspace signal that a colleague's announcement stands for.
    static void announce(Workspace &workspace, const QString &payload);
};

} // namespace leverage

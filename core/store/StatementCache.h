#pragma once

#include <QSqlQuery>
#include <QString>
#include <optional>

namespace leverage {

// Prepared statements kept per connection by their SQL text, so that a statement run again is
// executed without being prepared again. On PostgreSQL Qt prepares with a PREPARE round trip
// and drops the query with a DEALLOCATE one: two of a page read's three round trips. Only the
// connections their owner attaches keep statements (the workspace's, side connections); the
// owner detaches before it closes the connection. A schema change forgets them (Statement).
// A connection is used on one thread; the registry of connections is shared between threads.
class StatementCache final
{
public:
    StatementCache() = delete;

    // From now on the statements of the connection named so are kept.
    static void attach(const QString &connectionName);
    // Drops the connection's statements and stops keeping them: before the connection closes.
    static void detach(const QString &connectionName);
    // Drops the connection's statements, still keeping the next ones: the schema changed.
    static void forget(const QString &connectionName);

    // A query prepared with `sql` on the connection and not in use, if one is kept.
    static std::optional<QSqlQuery> take(const QString &connectionName, const QString &sql);
    // Keeps `query`, prepared with `sql`, for the next statement of the same text (its result
    // released first); dropped when the connection keeps none or already keeps enough.
    static void giveBack(const QString &connectionName, const QString &sql, QSqlQuery query);
    // How many prepared queries the connection keeps (for tests).
    static int kept(const QString &connectionName);
};

} // namespace leverage

#pragma once

#include <QString>

namespace leverage {

// The few places where SQLite and PostgreSQL disagree, in one class. Everything else in the
// store is portable SQL.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    static SqlDialect forDriver(const QString &driverName);

    Engine engine() const { return m_engine; }
    // Replaces the placeholders of schema text: {pk} (an auto-numbered primary key).
    QString schemaSql(QString sql) const;
    // Starts a write transaction that takes the write lock at once, so a busy store fails
    // early instead of half way through.
    QString beginWrite() const;
    // Statements that tag a new file as a Leverage workspace (SQLite only).
    QString tagAsWorkspace(int applicationId) const;

private:
    Engine m_engine;
};

} // namespace leverage

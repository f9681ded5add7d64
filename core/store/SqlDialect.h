#pragma once

#include <QString>
#include <QStringList>

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
    // Replaces the placeholders of schema text: {pk} (an auto-numbered primary key),
    // {blob} (binary data).
    QString schemaSql(QString sql) const;
    // Starts a write transaction that takes the write lock at once, so a busy store fails
    // early instead of half way through.
    QString beginWrite() const;
    // An expression that turns the listed columns of a row into one text, the same text for
    // the same values every time (with each value's type): what a seal covers.
    QString canonicalText(const QStringList &columns) const;
    // Statements that tag a new file as a Leverage workspace (SQLite only).
    QString tagAsWorkspace(int applicationId) const;

private:
    Engine m_engine;
};

} // namespace leverage

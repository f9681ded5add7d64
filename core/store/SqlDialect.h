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
    // How many tables the database holds (0: a new, empty workspace).
    QString countTables() const;
    // One row (its count) telling whether the table bound to :name exists.
    QString tableExists() const;
    // Settings run on every connection right after it opens (SQLite's PRAGMAs; on PostgreSQL
    // how long a write waits for a colleague's lock).
    QStringList connectionSettings(int busyTimeoutMs, bool readOnly) const;
    // Taken inside the migration's transaction so that two clients starting at once do not
    // both migrate (PostgreSQL); SQLite's write transaction already excludes other writers.
    QString migrationLock() const;
    // An expression to sort text by without regard to case.
    QString caseless(const QString &expression) const;
    // Statements that make the database fill each listed table's changed_by column with the
    // login that wrote the row (a server: a client cannot claim to be someone else). None on
    // SQLite: a file has one user.
    QStringList recordWriter(const QStringList &tables) const;
    // The operator that matches a LIKE pattern without regard to case (as SQLite's LIKE does).
    QString like() const;
    // After a row was inserted with its id given (an undone delete restored): lets the
    // table's own numbering continue past it. Empty where the engine does that itself.
    QString afterExplicitId(const QString &table) const;

private:
    Engine m_engine;
};

} // namespace leverage

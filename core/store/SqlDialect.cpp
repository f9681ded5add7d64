#include "core/store/SqlDialect.h"

namespace leverage {

SqlDialect SqlDialect::forDriver(const QString &driverName)
{
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite);
}

QString SqlDialect::schemaSql(QString sql) const
{
    const auto pk = m_engine == Engine::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                                 : QStringLiteral("INTEGER PRIMARY KEY");
    const auto blob =
        m_engine == Engine::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    return sql.replace(QLatin1String("{pk}"), pk).replace(QLatin1String("{blob}"), blob);
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("BEGIN")
                                        : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::canonicalText(const QStringList &columns) const
{
    // quote() writes NULL, numbers and 'text' (quotes doubled) unambiguously; on PostgreSQL
    // the same text, so that a workspace copied to a server keeps its seals.
    QStringList parts;
    for (const auto &column : columns)
        parts << (m_engine == Engine::Postgres
                      ? QStringLiteral("CASE WHEN pg_typeof(%1) IN ('bigint'::regtype, "
                                       "'integer'::regtype) THEN coalesce(%1::text, 'NULL') "
                                       "ELSE quote_nullable(%1::text) END")
                      : QStringLiteral("quote(%1)"))
                     .arg(column);
    return parts.join(QStringLiteral(" || '|' || "));
}

QString SqlDialect::tagAsWorkspace(int applicationId) const
{
    if (m_engine != Engine::Sqlite)
        return {};
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

QString SqlDialect::countTables() const
{
    return m_engine == Engine::Postgres
               ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                "current_schema()")
               : QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString SqlDialect::tableExists() const
{
    return m_engine == Engine::Postgres
               ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                "current_schema() AND tablename = :name")
               : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                "name = :name");
}

QStringList SqlDialect::connectionSettings(int busyTimeoutMs, bool readOnly) const
{
    if (m_engine == Engine::Postgres) {
        QStringList settings{QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
                             QStringLiteral("SET client_min_messages = warning"),
                             // Statements stay prepared (StatementCache), but each run is
                             // planned for its values: after five runs the server's generic
                             // plan assumes an average case, and the one case with 10,000 of
                             // 30,000 entries then read its first page in 7-11 ms, not 0.7.
                             QStringLiteral("SET plan_cache_mode = force_custom_plan")};
        // A reading verb cannot write even by mistake.
        if (readOnly)
            settings << QStringLiteral("SET default_transaction_read_only = on");
        return settings;
    }
    // foreign_keys is ignored inside a transaction, so it is set first, on every connection.
    QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        // 32 MiB of page cache (SQLite's default is 2 MiB): years of entries stay fast to
        // page through and to bulk-load, at a cost a desktop can afford.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    // Setting the journal mode writes the file: only a writer does it.
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    return pragmas;
}

QString SqlDialect::migrationLock() const
{
    // One fixed key for Leverage's schema ("LEVERAGE" in ASCII, as a number).
    return m_engine == Engine::Postgres
               ? QStringLiteral("SELECT pg_advisory_xact_lock(5496444524454071109)")
               : QString();
}

QString SqlDialect::caseless(const QString &expression) const
{
    return m_engine == Engine::Postgres ? QStringLiteral("lower(%1)").arg(expression)
                                        : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

QStringList SqlDialect::recordWriter(const QStringList &tables) const
{
    if (m_engine != Engine::Postgres)
        return {};
    QStringList statements{QStringLiteral(
        "CREATE OR REPLACE FUNCTION leverage_record_writer() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN NEW.changed_by := session_user; RETURN NEW; END $$")};
    for (const auto &table : tables)
        statements << QStringLiteral("CREATE TRIGGER %1_writer BEFORE INSERT OR UPDATE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION leverage_record_writer()")
                          .arg(table);
    return statements;
}

QString SqlDialect::like() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::afterExplicitId(const QString &table) const
{
    if (m_engine != Engine::Postgres)
        return {};
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                          "(SELECT max(id) FROM %1))")
        .arg(table);
}

} // namespace leverage

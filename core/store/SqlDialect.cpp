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
    // quote() writes NULL, numbers and 'text' (quotes doubled) unambiguously.
    QStringList parts;
    for (const auto &column : columns)
        parts << (m_engine == Engine::Postgres ? QStringLiteral("quote_nullable(%1::text)")
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

} // namespace leverage

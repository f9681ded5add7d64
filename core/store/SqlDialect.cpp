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
    return sql.replace(QLatin1String("{pk}"), pk);
}

QString SqlDialect::beginWrite() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("BEGIN")
                                        : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::tagAsWorkspace(int applicationId) const
{
    if (m_engine != Engine::Sqlite)
        return {};
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

} // namespace leverage

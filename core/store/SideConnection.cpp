#include "core/store/SideConnection.h"

#include "core/store/ServerAddress.h"
#include "core/store/Statement.h"
#include "core/store/StatementCache.h"
#include "core/util/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>

namespace leverage {

SideConnection::SideConnection(const QString &workspacePath, int busyTimeoutMs)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("leverage-side-%1").arg(counter.fetchAndAddRelaxed(1));
    QStringList settings{QStringLiteral("PRAGMA foreign_keys = ON"),
                         QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                         QStringLiteral("PRAGMA synchronous = FULL")};
    QSqlDatabase db;
    if (ServerAddress::isServerUrl(workspacePath)) {
        // A team workspace: the same server, database and login (the password from
        // ~/.pgpass: a typed one is not passed between threads).
        const auto address = ServerAddress::parse(workspacePath);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        if (address) {
            db.setHostName(address->host);
            db.setPort(address->port);
            db.setDatabaseName(address->database);
            db.setUserName(address->user);
            db.setConnectOptions(address->connectOptions());
        }
        m_dialect = SqlDialect(SqlDialect::Engine::Postgres);
        settings = m_dialect.connectionSettings(busyTimeoutMs, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    }
    StatementCache::attach(m_name);
    if (!db.open()) {
        logging::get("store")->error("side connection failed: {}",
                                     db.lastError().text().toStdString());
        m_status =
            Error{Error::Code::Io,
                  QCoreApplication::translate("leverage", "The workspace could not be "
                                                          "opened; the log has the details.")};
        return;
    }
    for (const auto &setting : settings) {
        Statement statement(db, setting);
        if (auto status = statement.exec(); !status) {
            m_status = status;
            return;
        }
    }
}

SideConnection::~SideConnection()
{
    StatementCache::detach(m_name);
    {
        auto db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SideConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace leverage

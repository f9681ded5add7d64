#include "core/store/SideConnection.h"

#include "core/store/Statement.h"
#include "core/util/Logging.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>

namespace leverage {

SideConnection::SideConnection(const QString &workspacePath)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("leverage-side-%1").arg(counter.fetchAndAddRelaxed(1));
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(workspacePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        logging::get("store")->error("side connection failed: {}",
                                     db.lastError().text().toStdString());
        m_status =
            Error{Error::Code::Io,
                  QCoreApplication::translate("leverage", "The workspace could not be "
                                                          "opened; the log has the details.")};
        return;
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        Statement statement(db, QString::fromLatin1(pragma));
        if (auto status = statement.exec(); !status) {
            m_status = status;
            return;
        }
    }
}

SideConnection::~SideConnection()
{
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

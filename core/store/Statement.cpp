#include "core/store/Statement.h"

#include "core/store/StatementCache.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace leverage {

namespace {

// The statement's first word, upper case: what kind of statement it is.
QString verbOf(const QString &sql)
{
    return sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
}

// PostgreSQL prepares only queries and row changes; schema changes, transaction control and
// settings are fixed text (no values) and run as they are.
bool preparableOnServer(const QString &verb)
{
    static const QStringList kPreparable{QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                         QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                         QStringLiteral("WITH"),   QStringLiteral("VALUES")};
    return kPreparable.contains(verb);
}

// A statement that returns rows to read.
bool isRead(const QString &verb)
{
    return verb == QLatin1String("SELECT") || verb == QLatin1String("WITH") ||
           verb == QLatin1String("VALUES");
}

// After a schema change the connection's kept statements may no longer fit the tables.
bool changesSchema(const QString &verb)
{
    static const QStringList kSchema{QStringLiteral("CREATE"), QStringLiteral("ALTER"),
                                     QStringLiteral("DROP"), QStringLiteral("DO")};
    return kSchema.contains(verb);
}

// A read of at most LIMIT rows (a page): on PostgreSQL it is fetched in one result. Row by row
// (Qt's forward-only mode on PostgreSQL) libpq makes a result per row: a sixth of a 200-row
// page's time. Unbounded reads (a copy, an export) stay row by row, their memory flat.
// A count is one row: bounded too.
bool boundedRead(const QString &sql)
{
    return sql.contains(QLatin1String(" LIMIT "), Qt::CaseInsensitive) ||
           sql.startsWith(QLatin1String("SELECT count("), Qt::CaseInsensitive);
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : m_sql(sql), m_connection(db.connectionName())
{
    const bool server = db.driverName() == QLatin1String("QPSQL");
    const auto verb = verbOf(sql);
    m_direct = server && !preparableOnServer(verb);
    const bool schema = changesSchema(verb);
    if (schema)
        StatementCache::forget(m_connection);
    if (!m_direct && !schema) {
        if (auto kept = StatementCache::take(m_connection, sql)) {
            m_query = std::move(*kept);
            m_prepared = m_kept = true;
            return;
        }
    }
    m_query = QSqlQuery(db);
    // On a server only an unbounded read goes row by row; a page or a write is fetched whole,
    // which leaves the connection idle.
    const bool rowByRow = server && !boundedRead(sql) && isRead(verb);
    m_query.setForwardOnly(!server || rowByRow);
    m_prepared = m_direct || m_query.prepare(sql);
    // A row-by-row read leaves its unread rest pending on the connection, and libpq reads no
    // colleague's NOTIFY behind it until the next statement: dropped at once, as before.
    m_kept = m_prepared && !m_direct && !schema && !rowByRow;
}

Statement::~Statement()
{
    if (m_kept)
        StatementCache::giveBack(m_connection, m_sql, std::move(m_query));
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status Statement::exec()
{
    if (m_direct ? !m_query.exec(m_sql) : (!m_prepared || !m_query.exec()))
        return failure(m_query, m_sql);
    return {};
}

Error Statement::failure(const QSqlQuery &query, const QString &sql)
{
    const auto error = query.lastError();
    return failure(error.text(), error.nativeErrorCode(), sql);
}

Error Statement::failure(const QString &driverText, const QString &native, const QString &sql)
{
    logging::get("store")->error("statement failed: {} | {} | native code {}",
                                 sql.simplified().left(200).toStdString(), driverText.toStdString(),
                                 native.toStdString());
    // SQLite: 5 busy, 6 locked, 13 full, 11/26 corrupt or not a database, 8 read-only.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return {Error::Code::Locked,
                QCoreApplication::translate("leverage",
                                            "The workspace is busy: another program is writing "
                                            "to it. Try again in a moment.")};
    if (native == QLatin1String("13"))
        return {Error::Code::Io, QCoreApplication::translate(
                                     "leverage", "The disk is full, so the change was not saved. "
                                                 "Free some space and try again.")};
    if (native == QLatin1String("8"))
        return {Error::Code::ReadOnly,
                QCoreApplication::translate("leverage",
                                            "The workspace file is read-only, so the change was "
                                            "not saved.")};
    // PostgreSQL (a team workspace): SQLSTATE codes.
    if (native == QLatin1String("42501"))
        return {Error::Code::ReadOnly,
                QCoreApplication::translate("leverage",
                                            "Your role on the team workspace does not allow this "
                                            "change, so it was not saved. Ask a supervisor.")};
    if (native == QLatin1String("55P03") || native == QLatin1String("40P01") ||
        native == QLatin1String("40001"))
        return {Error::Code::Locked,
                QCoreApplication::translate("leverage",
                                            "A colleague is changing the same item right now. "
                                            "Try again in a moment.")};
    if (native.startsWith(QLatin1String("08")) || native == QLatin1String("57P01"))
        return {Error::Code::Io,
                QCoreApplication::translate("leverage",
                                            "The connection to the team workspace's server was "
                                            "lost, so the change was not saved. Check the "
                                            "network and open the workspace again.")};
    if (native == QLatin1String("11") || native == QLatin1String("26"))
        return {Error::Code::Corrupt,
                QCoreApplication::translate("leverage",
                                            "The workspace file is damaged. Restore it from a "
                                            "backup; the log has the details.")};
    return {Error::Code::Database,
            QCoreApplication::translate("leverage",
                                        "The workspace could not be read or written. Nothing "
                                        "was changed; the log has the details.")};
}

} // namespace leverage

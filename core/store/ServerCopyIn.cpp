#include "core/store/ServerCopyIn.h"

#include "core/store/Statement.h"

#include <QSqlDriver>
#include <libpq-fe.h>

namespace leverage {
namespace {

// Bytes of rows gathered before they go to the server.
constexpr qsizetype kSendAt = 1 << 20;

PGconn *handleOf(const QSqlDatabase &database)
{
    if (database.driverName() != QLatin1String("QPSQL") || !database.driver())
        return nullptr;
    // Qt names the type by the struct libpq's typedef stands for.
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// Results of a query Qt left unread (a row-by-row read it did not finish): the connection
// takes a new command only once they are gone. Qt finds none left afterwards, as it expects.
void discardPending(PGconn *connection)
{
    while (PGresult *pending = PQgetResult(connection))
        PQclear(pending);
}

// One value in COPY's text format: \N for NULL, bytes as bytea's hex form, text with the
// format's own backslash escapes.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// Whether the server answered `expected`; otherwise its message and SQLSTATE as a failure.
// Frees the result.
Status answered(PGresult *result, ExecStatusType expected, const QString &sql)
{
    const bool ok = PQresultStatus(result) == expected;
    const QString message = QString::fromUtf8(PQresultErrorMessage(result));
    const char *code = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    const QString native = code ? QString::fromLatin1(code) : QString();
    PQclear(result);
    if (ok)
        return {};
    return Statement::failure(message, native, sql);
}

} // namespace

ServerCopyIn::ServerCopyIn(const QSqlDatabase &database, QString table, QStringList columns)
    : m_connection(handleOf(database)),
      m_sql(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u", ")))
{
    m_buffer.reserve(kSendAt + 4096);
}

ServerCopyIn::~ServerCopyIn()
{
    if (!m_started || !m_connection)
        return;
    // Left half way (a failure elsewhere): the server ends the COPY with an error, which the
    // caller's rollback clears; the connection takes commands again.
    PQputCopyEnd(m_connection, "abandoned");
    discardPending(m_connection);
}

bool ServerCopyIn::available(const QSqlDatabase &database)
{
    return handleOf(database) != nullptr;
}

Status ServerCopyIn::failure(const QString &what)
{
    return Statement::failure(what, {}, m_sql);
}

Status ServerCopyIn::start()
{
    if (!m_connection)
        return failure(QStringLiteral("not a PostgreSQL connection"));
    discardPending(m_connection);
    auto status = answered(PQexec(m_connection, m_sql.toUtf8().constData()), PGRES_COPY_IN, m_sql);
    if (!status) {
        discardPending(m_connection);
        return status;
    }
    m_started = true;
    return {};
}

Status ServerCopyIn::add(const QVariantList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        appendValue(m_buffer, row.at(i));
    }
    m_buffer += '\n';
    ++m_written;
    return m_buffer.size() >= kSendAt ? send() : Status{};
}

Status ServerCopyIn::send()
{
    if (!m_started)
        if (auto status = start(); !status)
            return status;
    if (!m_buffer.isEmpty() &&
        PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return failure(QString::fromUtf8(PQerrorMessage(m_connection)));
    m_buffer.clear();
    return {};
}

Status ServerCopyIn::finish()
{
    if (m_written == 0)
        return {};
    if (auto status = send(); !status)
        return status;
    m_started = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return failure(QString::fromUtf8(PQerrorMessage(m_connection)));
    auto status = answered(PQgetResult(m_connection), PGRES_COMMAND_OK, m_sql);
    discardPending(m_connection);
    return status;
}

} // namespace leverage

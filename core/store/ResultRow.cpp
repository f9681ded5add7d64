#include "core/store/ResultRow.h"

#include <QSqlDriver>
#include <QSqlResult>
#include <charconv>
#include <libpq-fe.h>

namespace leverage {
namespace {

// libpq's result under Qt's PostgreSQL query; null on any other engine.
const PGresult *postgresResult(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL || !query.result())
        return nullptr;
    // Qt names the type by the struct libpq's typedef stands for.
    const QVariant handle = query.result()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGresult*") != 0 &&
                              qstrcmp(handle.typeName(), "pg_result*") != 0))
        return nullptr;
    return *static_cast<PGresult *const *>(handle.constData());
}

} // namespace

ResultRow::ResultRow(const QSqlQuery &query) : m_query(query)
{
    const PGresult *result = postgresResult(query);
    // Row by row (forward-only) Qt holds one row per result; a whole result is indexed by at().
    const int row = query.isForwardOnly() ? 0 : query.at();
    if (result && row >= 0 && row < PQntuples(result)) {
        m_result = result;
        m_row = row;
    }
}

bool ResultRow::isNull(int column) const
{
    if (m_result && column < PQnfields(m_result))
        return PQgetisnull(m_result, m_row, column) != 0;
    return m_query.isNull(column);
}

qint64 ResultRow::toLongLong(int column) const
{
    if (m_result && column < PQnfields(m_result)) {
        if (PQgetisnull(m_result, m_row, column))
            return 0;
        const char *text = PQgetvalue(m_result, m_row, column);
        const char *end = text + PQgetlength(m_result, m_row, column);
        qint64 value = 0;
        // Integers, and a boolean column's t/f (as Qt's QVariant of a bool would convert).
        if (const auto parsed = std::from_chars(text, end, value);
            parsed.ec == std::errc() && parsed.ptr == end)
            return value;
        if (end - text == 1 && (*text == 't' || *text == 'f'))
            return *text == 't' ? 1 : 0;
    }
    return m_query.value(column).toLongLong(); // anything else exactly as Qt converts it
}

int ResultRow::toInt(int column) const
{
    return int(toLongLong(column));
}

QString ResultRow::toString(int column) const
{
    if (m_result && column < PQnfields(m_result)) {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        // Text columns as Qt would read them; other types' text form only where Qt's own
        // conversion gives the same (integers), else through Qt.
        const Oid type = PQftype(m_result, column);
        constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kVarchar = 1043;
        if (type == kText || type == kVarchar || type == kInt8 || type == kInt2 || type == kInt4)
            return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                                     PQgetlength(m_result, m_row, column));
    }
    return m_query.value(column).toString();
}

} // namespace leverage

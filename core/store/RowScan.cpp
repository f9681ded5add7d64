#include "core/store/RowScan.h"

#include "core/store/SqlDialect.h"
#include "core/store/SqliteHandle.h"
#include "core/store/Statement.h"

#include <sqlite3.h>

namespace leverage {

RowScan::RowScan(const QSqlDatabase &database, const SqlDialect &dialect, QString sql)
    : m_sql(std::move(sql)), m_handle(sqliteHandle(database, dialect))
{
    if (m_handle) {
        const QByteArray utf8 = m_sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_native, nullptr) !=
            SQLITE_OK)
            m_status = Statement::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                          QString::number(sqlite3_errcode(m_handle)), m_sql);
        return;
    }
    m_query = std::make_unique<QSqlQuery>(database);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql))
        m_status = Statement::failure(*m_query, m_sql);
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_native);
}

void RowScan::bind(int index, qint64 value)
{
    if (m_native)
        sqlite3_bind_int64(m_native, index + 1, value);
    else if (m_query)
        m_query->bindValue(index, value);
}

Status RowScan::start()
{
    if (!m_status)
        return m_status;
    if (m_query && !m_query->exec())
        return Statement::failure(*m_query, m_sql);
    return {};
}

bool RowScan::next()
{
    if (m_native) {
        const int rc = sqlite3_step(m_native);
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    return m_query && m_query->next();
}

Status RowScan::finish() const
{
    if (m_failed)
        return Statement::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                  QString::number(sqlite3_errcode(m_handle)), m_sql);
    return {};
}

qint64 RowScan::integer(int column) const
{
    if (m_native)
        return sqlite3_column_int64(m_native, column);
    return m_query->value(column).toLongLong();
}

QByteArray RowScan::utf8(int column) const
{
    if (m_native) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_native, column));
        return QByteArray(text, sqlite3_column_bytes(m_native, column));
    }
    return m_query->value(column).toString().toUtf8();
}

QByteArrayView RowScan::text(int column) const
{
    if (m_native)
        return {reinterpret_cast<const char *>(sqlite3_column_text(m_native, column)),
                sqlite3_column_bytes(m_native, column)};
    if (m_texts.size() <= column)
        m_texts.resize(column + 1);
    m_texts[column] = utf8(column);
    return m_texts.at(column);
}

} // namespace leverage

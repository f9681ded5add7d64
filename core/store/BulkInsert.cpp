#include "core/store/BulkInsert.h"

#include "core/store/SqlDialect.h"
#include "core/store/SqliteHandle.h"
#include "core/store/Statement.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace leverage {

sqlite3 *sqliteHandle(const QSqlDatabase &database, const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite || !database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

BulkInsert::BulkInsert(const QSqlDatabase &database, const SqlDialect &dialect, QString sql,
                       int parameterCount)
    : m_sql(std::move(sql)), m_values(std::size_t(parameterCount)),
      m_handle(sqliteHandle(database, dialect))
{
    if (m_handle) {
        const QByteArray utf8 = m_sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_native, nullptr) !=
            SQLITE_OK)
            m_status = nativeFailure();
        return;
    }
    m_query = std::make_unique<QSqlQuery>(database);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(m_sql))
        m_status = Statement::failure(*m_query, m_sql);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_native); // a no-op on null
}

void BulkInsert::bind(int index, QVariant value)
{
    m_values[std::size_t(index)] = std::move(value);
}

Result<RowId> BulkInsert::insert()
{
    if (!m_status)
        return m_status.error();
    if (m_query) {
        for (std::size_t i = 0; i < m_values.size(); ++i)
            m_query->bindValue(int(i), m_values[i]);
        if (!m_query->exec() || !m_query->next())
            return Statement::failure(*m_query, m_sql);
        const RowId id = m_query->value(0).toLongLong();
        m_query->finish();
        return id;
    }
    for (std::size_t i = 0; i < m_values.size(); ++i)
        if (auto status = bindNative(int(i), m_values[i]); !status)
            return status.error();
    // RETURNING yields the id as the first row; reset finishes the statement either way.
    const int stepped = sqlite3_step(m_native);
    const RowId id = stepped == SQLITE_ROW ? sqlite3_column_int64(m_native, 0) : 0;
    const int reset = sqlite3_reset(m_native);
    if (stepped != SQLITE_ROW || reset != SQLITE_OK)
        return nativeFailure();
    return id;
}

Status BulkInsert::bindNative(int index, const QVariant &value)
{
    const int parameter = index + 1;
    int result = SQLITE_OK;
    // As Qt's driver does: a null string or byte array is SQL NULL.
    const bool isNull = value.isNull() ||
                        (value.typeId() == QMetaType::QString && value.toString().isNull()) ||
                        (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull());
    if (isNull) {
        result = sqlite3_bind_null(m_native, parameter);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            result = sqlite3_bind_int64(m_native, parameter, value.toLongLong());
            break;
        case QMetaType::Double:
            result = sqlite3_bind_double(m_native, parameter, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            // The value lives in m_values until it is replaced, so SQLite need not copy it.
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            result = sqlite3_bind_blob(m_native, parameter, bytes->constData(), int(bytes->size()),
                                       SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            const auto *text = static_cast<const QString *>(value.constData());
            result = sqlite3_bind_text16(m_native, parameter, text->utf16(),
                                         int(text->size() * sizeof(QChar)), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            result = sqlite3_bind_text(m_native, parameter, utf8.constData(), int(utf8.size()),
                                       SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (result != SQLITE_OK)
        return nativeFailure();
    return {};
}

Error BulkInsert::nativeFailure() const
{
    return Statement::failure(QString::fromUtf8(sqlite3_errmsg(m_handle)),
                              QString::number(sqlite3_errcode(m_handle) & 0xff), m_sql);
}

} // namespace leverage

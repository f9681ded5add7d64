#include "core/store/Statement.h"

#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>

namespace leverage {

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status Statement::exec()
{
    if (!m_prepared || !m_query.exec())
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

#include "core/store/MultiRowInsert.h"

#include "core/store/ServerCopyIn.h"
#include "core/store/Statement.h"

#include <algorithm>

namespace leverage {
namespace {

// Bound values per statement: far below either engine's limit (PostgreSQL 65,535, SQLite
// 32,766), and large enough that the round trip no longer dominates (measured on a million
// entries: see the README's team workspace figures).
constexpr int kValuesPerStatement = 2000;
constexpr int kMaxRowsPerStatement = 250;

} // namespace

MultiRowInsert::MultiRowInsert(const QSqlDatabase &database, QString table, QStringList columns)
    : m_database(database), m_table(std::move(table)), m_columns(std::move(columns)),
      m_rowsPerBatch(std::clamp(kValuesPerStatement / int(std::max<qsizetype>(1, m_columns.size())),
                                1, kMaxRowsPerStatement)),
      m_fullSql(sqlFor(m_rowsPerBatch))
{
    if (ServerCopyIn::available(m_database))
        m_copy = std::make_unique<ServerCopyIn>(m_database, m_table, m_columns);
    else
        m_pending.reserve(size_t(m_rowsPerBatch) * size_t(m_columns.size()));
}

MultiRowInsert::~MultiRowInsert() = default;

qint64 MultiRowInsert::written() const
{
    return m_copy ? m_copy->written() : m_written;
}

QString MultiRowInsert::sqlFor(int rows) const
{
    QString one = QStringLiteral("(");
    for (int i = 0; i < m_columns.size(); ++i)
        one += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList all(rows, one);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(u", "), all.join(u", "));
}

Status MultiRowInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    if (m_copy)
        return m_copy->add(row);
    m_pending.insert(m_pending.end(), row.cbegin(), row.cend());
    if (m_pending.size() < size_t(m_rowsPerBatch) * size_t(m_columns.size()))
        return {};
    if (!m_full) {
        m_full = std::make_unique<QSqlQuery>(m_database);
        if (!m_full->prepare(m_fullSql))
            return Statement::failure(*m_full, m_fullSql);
    }
    return write(*m_full);
}

Status MultiRowInsert::finish()
{
    if (m_copy)
        return m_copy->finish();
    if (m_pending.empty())
        return {};
    const auto sql = sqlFor(int(m_pending.size() / size_t(m_columns.size())));
    QSqlQuery last(m_database);
    if (!last.prepare(sql))
        return Statement::failure(last, sql);
    return write(last);
}

Status MultiRowInsert::write(QSqlQuery &query)
{
    for (size_t i = 0; i < m_pending.size(); ++i)
        query.bindValue(int(i), m_pending[i]);
    // The log gets the statement of one row: the batch's text is the same row repeated.
    if (!query.exec())
        return Statement::failure(query, QStringLiteral("%1 (in a batch of %2 rows)")
                                             .arg(sqlFor(1))
                                             .arg(m_pending.size() / size_t(m_columns.size())));
    m_written += qint64(m_pending.size() / size_t(m_columns.size()));
    m_pending.clear();
    return {};
}

} // namespace leverage

#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct pg_result;

namespace leverage {

// The values of a query's current row as the domain's types. On PostgreSQL they are read
// straight from libpq's result that Qt's driver holds (its text form parsed here): Qt's
// QSqlQuery::value makes a QVariant per value, a third of a 200-row page's time beyond what
// psql spends on the same statement. Any other engine (SQLite keeps QVariants of its own) and
// any value this does not parse go through QSqlQuery::value, with the same results.
class ResultRow
{
public:
    explicit ResultRow(const QSqlQuery &query);

    bool isNull(int column) const;
    qint64 toLongLong(int column) const;
    int toInt(int column) const;
    QString toString(int column) const;

private:
    const QSqlQuery &m_query;
    const pg_result *m_result = nullptr; // PostgreSQL's result, null on other engines
    int m_row = 0;                       // the current row's index in m_result
};

} // namespace leverage

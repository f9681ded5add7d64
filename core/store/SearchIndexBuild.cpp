#include "core/store/SearchIndexBuild.h"

#include "core/store/SearchIndexSchema.h"
#include "core/store/SqlDialect.h"
#include "core/store/SqliteHandle.h"
#include "core/store/Statement.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace leverage {

SearchIndexBuild::SearchIndexBuild(const QSqlDatabase &database, const SqlDialect &dialect)
    : m_database(database), m_dialect(dialect), m_handle(sqliteHandle(database, dialect))
{
}

void SearchIndexBuild::cancel()
{
    m_cancelled.store(true);
    if (m_handle)
        sqlite3_interrupt(m_handle); // a statement under way stops now
}

Status SearchIndexBuild::exec(const QString &sql, qint64 from, qint64 to)
{
    if (m_cancelled.load())
        return Error{Error::Code::Conflict, tr("Building the search index was cancelled.")};
    Statement statement(m_database, sql);
    if (sql.contains(QLatin1String(":from"))) {
        statement.bind(QStringLiteral(":from"), from);
        statement.bind(QStringLiteral(":to"), to);
    }
    auto status = statement.exec();
    if (!status && m_cancelled.load())
        return Error{Error::Code::Conflict, tr("Building the search index was cancelled.")};
    return status;
}

Status SearchIndexBuild::run(const Progress &progress)
{
    if (m_dialect.engine() != SqlDialect::Engine::Sqlite)
        return Error{Error::Code::Invalid, tr("Search is not available on a team workspace yet.")};
    QElapsedTimer timer;
    timer.start();
    if (auto status = exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return status;
    auto status = build(progress);
    if (status)
        status = exec(QStringLiteral("COMMIT"));
    if (!status) {
        // Nothing half-built stays: the tables, the triggers' index and the mark as they were.
        Statement rollback(m_database, QStringLiteral("ROLLBACK"));
        rollback.exec();
        logging::get("search")->info("search index build stopped after {} ms: {}", timer.elapsed(),
                                     status.message().toStdString());
        return status;
    }
    logging::get("search")->info("search index built in {} ms", timer.elapsed());
    return {};
}

Status SearchIndexBuild::build(const Progress &progress)
{
    const auto steps = searchindex::rebuildFillSteps(m_dialect);
    struct Extent
    {
        qint64 first = 0;
        qint64 last = -1;
        qint64 rows = 0;
    };
    QList<Extent> extents;
    qint64 total = 0;
    for (const auto &step : steps) {
        Statement count(
            m_database,
            QStringLiteral("SELECT min(id), max(id), count(*) FROM %1").arg(step.table));
        if (auto status = count.exec(); !status)
            return status;
        Extent extent;
        if (count.next() && !count.value(0).isNull())
            extent = {count.value(0).toLongLong(), count.value(1).toLongLong(),
                      count.value(2).toLongLong()};
        extents << extent;
        total += extent.rows;
    }
    if (progress)
        progress(0, total);
    for (const auto &sql : searchindex::rebuildPrepareStatements(m_dialect))
        if (auto status = exec(sql); !status)
            return status;
    qint64 done = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto &extent = extents.at(i);
        // Ids are dense in practice: a range of ids stands for about as many rows.
        const double rowsPerId =
            extent.rows > 0 ? double(extent.rows) / double(extent.last - extent.first + 1) : 0;
        for (qint64 from = extent.first; from <= extent.last; from += kRangeRows) {
            const qint64 to = qMin(from + kRangeRows - 1, extent.last);
            for (const auto &sql : steps.at(i).statements)
                if (auto status = exec(sql, from, to); !status)
                    return status;
            done += qint64(double(to - from + 1) * rowsPerId);
            if (progress)
                progress(qMin(done, total), total);
        }
    }
    for (const auto &sql : searchindex::rebuildFinishStatements(m_dialect))
        if (auto status = exec(sql); !status)
            return status;
    if (progress)
        progress(total, total);
    return {};
}

} // namespace leverage

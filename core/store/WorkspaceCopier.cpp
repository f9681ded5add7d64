#include "core/store/WorkspaceCopier.h"

#include "core/store/CaseFigures.h"
#include "core/store/MultiRowInsert.h"
#include "core/store/ServerChanges.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>
#include <functional>
#include <optional>

namespace leverage {
namespace {

struct TablePlan
{
    QString name;
    QStringList columns;     // the columns both sides have
    QStringList selfLinks;   // columns pointing at the same table: set after every row is in
    QSet<QString> dependsOn; // tables this one links to
};

Error copyError(const char *sentence)
{
    return {Error::Code::Database, QCoreApplication::translate("leverage", sentence)};
}

Result<QStringList> names(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    Statement statement(db, sql);
    if (!bound.isNull())
        statement.bind(QStringLiteral(":name"), bound);
    if (auto status = statement.exec(); !status)
        return status.error();
    QStringList result;
    while (statement.next())
        result << statement.value(0).toString();
    return result;
}

// One value as text that is the same on both engines (an integer, text, or bytes as hex).
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("\x01N"));
        return;
    }
    if (value.typeId() == QMetaType::QByteArray)
        hash.addData(QByteArray("\x01X") + value.toByteArray().toHex());
    else
        hash.addData(QByteArray("\x01T") + value.toString().toUtf8());
}

// Rows read per statement from a table with ids: on a server a read of a whole table came row
// by row (a libpq result per row, Qt's forward-only mode); a range of ids is one result.
constexpr int kRowsPerRead = 20000;

// Calls `row` with each row of the plan's columns, in ranges of ids where the table has them.
Status forEachRow(const QSqlDatabase &db, const TablePlan &plan,
                  const std::function<Status(const Statement &)> &row)
{
    const auto select =
        QStringLiteral("SELECT %1 FROM %2").arg(plan.columns.join(u", "), plan.name);
    const int idColumn = int(plan.columns.indexOf(QStringLiteral("id")));
    if (idColumn < 0) {
        Statement all(db, select);
        if (auto status = all.exec(); !status)
            return status;
        while (all.next())
            if (auto status = row(all); !status)
                return status;
        return {};
    }
    const auto range = QStringLiteral(" ORDER BY id LIMIT %1").arg(kRowsPerRead);
    std::optional<qint64> after;
    for (int read = kRowsPerRead; read == kRowsPerRead;) {
        Statement rows(db, after ? select + QStringLiteral(" WHERE id > :after") + range
                                 : select + range);
        if (after)
            rows.bind(QStringLiteral(":after"), *after);
        if (auto status = rows.exec(); !status)
            return status;
        for (read = 0; rows.next(); ++read) {
            if (auto status = row(rows); !status)
                return status;
            after = rows.value(idColumn).toLongLong();
        }
    }
    return {};
}

// The rows' hashes sorted, then hashed: the same whatever order each engine returns them in.
Result<QPair<qint64, QString>> tableDigest(const QSqlDatabase &db, const TablePlan &plan)
{
    std::vector<QByteArray> digests;
    const auto read = forEachRow(db, plan, [&](const Statement &rows) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < plan.columns.size(); ++i)
            addValue(row, rows.value(i));
        digests.push_back(row.result());
        return Status{};
    });
    if (!read)
        return read.error();
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const auto &digest : digests)
        all.addData(digest);
    return qMakePair(qint64(digests.size()), QString::fromLatin1(all.result().toHex()));
}

// A table's columns on either engine.
Result<QStringList> columnsOf(Workspace &workspace, const QString &table)
{
    return names(workspace.database(),
                 workspace.isTeamWorkspace()
                     ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                      "table_schema = current_schema() AND table_name = :name")
                     : QStringLiteral("SELECT name FROM pragma_table_info(:name)"),
                 table);
}

// The server's tables drive the plan: a table only the file has is its search index (FTS5),
// which the file's triggers fill as rows arrive; one only the server has (search_docs) is
// filled by the server's; the per-case sums (CaseFigures) are kept by each side's triggers. The
// links are read from the file's schema, the same on both.
Result<QList<TablePlan>> plan(Workspace &from, Workspace &to)
{
    Workspace &server = to.isTeamWorkspace() ? to : from;
    Workspace &file = to.isTeamWorkspace() ? from : to;
    const auto target = names(server.database(), QStringLiteral("SELECT tablename FROM "
                                                                "pg_catalog.pg_tables WHERE "
                                                                "schemaname = current_schema()"));
    if (!target)
        return target.error();
    QHash<QString, TablePlan> plans;
    const QStringList derived = casefigures::derivedTables();
    for (const auto &table : *target) {
        if (table == QLatin1String("meta"))
            continue; // each side's own schema version
        if (derived.contains(table))
            continue; // kept by the target's own triggers as the rows arrive
        TablePlan p{table, {}, {}, {}};
        const auto theirs = columnsOf(to, table);
        const auto ours = columnsOf(from, table);
        if (!theirs)
            return theirs.error();
        if (!ours)
            return ours.error();
        for (const auto &column : *ours)
            // Who wrote a row is recorded by a server itself (the copying login); a file keeps
            // what the server recorded.
            if (theirs->contains(column) &&
                !(to.isTeamWorkspace() && column == QLatin1String("changed_by")))
                p.columns << column;
        if (p.columns.isEmpty())
            continue; // on one side only
        Statement links(file.database(), QStringLiteral("SELECT \"table\", \"from\" FROM "
                                                        "pragma_foreign_key_list(:name)"));
        links.bind(QStringLiteral(":name"), table);
        if (auto status = links.exec(); !status)
            return status.error();
        while (links.next()) {
            const auto linked = links.value(0).toString();
            if (linked == table)
                p.selfLinks << links.value(1).toString();
            else
                p.dependsOn.insert(linked);
        }
        plans.insert(table, p);
    }
    // Tables whose links are all in before them (the schema has no cycles between tables).
    QList<TablePlan> ordered;
    QSet<QString> done;
    while (done.size() < plans.size()) {
        QStringList ready;
        for (auto it = plans.cbegin(); it != plans.cend(); ++it)
            if (!done.contains(it.key()) &&
                std::all_of(it->dependsOn.begin(), it->dependsOn.end(), [&](const QString &t) {
                    return done.contains(t) || !plans.contains(t);
                }))
                ready << it.key();
        if (ready.isEmpty())
            return copyError("The workspace's tables link to each other in a circle, so they "
                             "cannot be copied one after the other.");
        ready.sort();
        for (const auto &table : ready) {
            ordered << plans.value(table);
            done.insert(table);
        }
    }
    return ordered;
}

// Rows written between two progress reports of a large table.
constexpr qint64 kRowsBetweenReports = 100000;

Status copyTable(Workspace &from, Workspace &to, const TablePlan &p,
                 const WorkspaceCopier::Progress &progress)
{
    MultiRowInsert insert(to.database(), p.name, p.columns);
    QList<int> selfIndexes;
    for (const auto &column : p.selfLinks)
        selfIndexes << int(p.columns.indexOf(column));
    const int idIndex = int(p.columns.indexOf(QStringLiteral("id")));
    QList<QPair<QVariant, QVariantList>> later; // id → its links to rows of the same table
    QVariantList row;
    row.reserve(p.columns.size());
    qint64 count = 0;
    const auto read = forEachRow(from.database(), p, [&](const Statement &source) -> Status {
        row.clear();
        QVariantList links;
        for (int i = 0; i < p.columns.size(); ++i) {
            QVariant value = source.value(i);
            if (selfIndexes.contains(i)) {
                links << value;
                value = QVariant(value.metaType());
            }
            row << value;
        }
        if (auto status = insert.add(row); !status)
            return status;
        if (!selfIndexes.isEmpty() && idIndex >= 0)
            later.append({source.value(idIndex), links});
        if (++count % kRowsBetweenReports == 0 && progress)
            progress({p.name, count, {}, false});
        return {};
    });
    if (!read)
        return read;
    if (auto status = insert.finish(); !status)
        return status;
    for (int k = 0; k < p.selfLinks.size(); ++k) {
        Statement link(to.database(), QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id")
                                          .arg(p.name, p.selfLinks.at(k)));
        for (const auto &[id, links] : later) {
            if (links.at(k).isNull())
                continue;
            link.bind(QStringLiteral(":value"), links.at(k)).bind(QStringLiteral(":id"), id);
            if (auto status = link.exec(); !status)
                return status;
        }
    }
    if (idIndex >= 0) {
        if (const auto renumber = to.dialect().afterExplicitId(p.name); !renumber.isEmpty()) {
            Statement after(to.database(), renumber);
            if (auto status = after.exec(); !status)
                return status;
        }
    }
    return {};
}

} // namespace

Result<QList<WorkspaceCopier::TableCopied>> WorkspaceCopier::copy(Workspace &from, Workspace &to,
                                                                  const Progress &progress)
{
    auto log = logging::get("store");
    if (to.isTeamWorkspace() == from.isTeamWorkspace())
        return copyError("A workspace is copied from a file to a server, or from a server to "
                         "a file.");
    if (from.schemaVersion() != to.schemaVersion())
        return copyError("The file and the server are at different versions of Leverage's "
                         "schema: open the older one once in this version of Leverage first.");
    auto tables = plan(from, to);
    if (!tables)
        return tables.error();
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(to);
    if (!transaction.status())
        return transaction.status().error();
    // Rows copied into a new workspace are not announced one by one (nobody works in it yet).
    if (const auto quiet = ServerChanges::quietTransaction(to.dialect()); !quiet.isEmpty()) {
        Statement statement(to.database(), quiet);
        if (auto status = statement.exec(); !status)
            return status.error();
    }
    for (const auto &p : *tables) {
        Statement any(to.database(), QStringLiteral("SELECT count(*) FROM %1").arg(p.name));
        if (auto status = any.exec(); !status)
            return status.error();
        if (any.next() && any.value(0).toLongLong() > 0)
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "leverage", "The workspace copied into is not empty, so nothing "
                                         "was copied. Copy into a new, empty database or file.")};
    }
    QList<TableCopied> copied;
    for (const auto &p : *tables) {
        if (auto status = copyTable(from, to, p, progress); !status)
            return status.error();
        auto source = tableDigest(from.database(), p);
        auto target = tableDigest(to.database(), p);
        if (!source)
            return source.error();
        if (!target)
            return target.error();
        if (*source != *target) {
            log->error("copy check failed for {}: {} rows {} vs {} rows {}", p.name.toStdString(),
                       source->first, source->second.toStdString(), target->first,
                       target->second.toStdString());
            return copyError("The copy did not match the original, so nothing was copied; the "
                             "log has the details.");
        }
        copied.append({p.name, source->first, source->second, true});
        if (progress)
            progress(copied.last());
    }
    to.announceAsBulkChange();
    if (auto status = transaction.commit(); !status)
        return status.error();
    // A server plans its queries from statistics the copy made stale: without them it read
    // every match of a common word before ranking (2.2 s on a million entries, 1 ms after).
    if (to.isTeamWorkspace())
        if (auto status = Statement(to.database(), QStringLiteral("ANALYZE")).exec(); !status)
            log->warn("statistics not refreshed after the copy: {}",
                      status.message().toStdString());
    log->info("workspace copied: {} tables in {} ms", copied.size(), timer.elapsed());
    return copied;
}

} // namespace leverage

#include "core/store/EntryHistory.h"

#include "core/store/SealChain.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"

#include <QDateTime>

namespace leverage {
namespace {

const QString kTable = QStringLiteral("timeline_entries");
constexpr qint64 kGraceMs = 60 * 1000;

// The columns a person edits, with the names the entry dialog gives them.
QList<QPair<QString, QString>> editedFields()
{
    return {{QStringLiteral("channel"), tr("Channel")},
            {QStringLiteral("occurred_at"), tr("When")},
            {QStringLiteral("person_name"), tr("Person")},
            {QStringLiteral("person_position"), tr("Position")},
            {QStringLiteral("reference_number"), tr("Reference")},
            {QStringLiteral("summary"), tr("Summary")},
            {QStringLiteral("notes"), tr("Notes")},
            {QStringLiteral("duration_seconds"), tr("Duration (seconds)")},
            {QStringLiteral("hold_seconds"), tr("On hold (seconds)")},
            {QStringLiteral("effort"), tr("Effort")},
            {QStringLiteral("helpfulness"), tr("Helpfulness")},
            {QStringLiteral("service_failure"), tr("Service failure")},
            {QStringLiteral("is_private"), tr("Private")}};
}

// One version's values by column; occurred_at as the date and time it reads.
QHash<QString, QString> byColumn(const QString &content)
{
    const QStringList columns = SealChain::sealedColumns(kTable);
    const QStringList values = EntryHistory::values(content);
    QHash<QString, QString> fields;
    for (int i = 0; i < columns.size() && i < values.size(); ++i)
        fields.insert(columns.at(i), values.at(i));
    const qint64 at = fields.value(QStringLiteral("occurred_at")).toLongLong();
    const int offset = fields.value(QStringLiteral("occurred_offset")).toInt();
    fields.insert(QStringLiteral("occurred_at"),
                  Instant::fromUtcMs(at, offset).toDateTime().toString(Qt::ISODate));
    return fields;
}

} // namespace

QStringList EntryHistory::values(const QString &content)
{
    QStringList values;
    qsizetype i = 0;
    const qsizetype n = content.size();
    while (i <= n) {
        QString value;
        const bool escaped = i + 1 < n && content.at(i) == QLatin1Char('E') &&
                             content.at(i + 1) == QLatin1Char('\'');
        if (escaped)
            ++i;
        if (i < n && content.at(i) == QLatin1Char('\'')) {
            for (++i; i < n; ++i) {
                const QChar c = content.at(i);
                if (c == QLatin1Char('\'')) {
                    if (i + 1 < n && content.at(i + 1) == QLatin1Char('\'')) {
                        value += c;
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (escaped && c == QLatin1Char('\\') && i + 1 < n)
                    value += content.at(++i); // E'…' doubles a backslash
                else
                    value += c;
            }
        } else {
            const qsizetype bar = content.indexOf(QLatin1Char('|'), i);
            const qsizetype end = bar < 0 ? n : bar;
            value = content.mid(i, end - i);
            if (value == QLatin1String("NULL"))
                value.clear();
            i = end;
        }
        values.append(value);
        if (i >= n || content.at(i) != QLatin1Char('|'))
            break;
        ++i; // the bar between two values
    }
    return values;
}

Result<QList<EntryHistory::Version>> EntryHistory::of(Workspace &workspace, RowId entryId)
{
    Statement read(workspace.database(),
                   QStringLiteral("SELECT action, sealed_at, sealed_offset, content, changed_by "
                                  "FROM seals WHERE table_name = :table AND row_id = :id ORDER "
                                  "BY id"));
    read.bind(QStringLiteral(":table"), kTable).bind(QStringLiteral(":id"), entryId);
    if (auto status = read.exec(); !status)
        return status.error();
    QList<Version> versions;
    QHash<QString, QString> before;
    while (read.next()) {
        Version version;
        version.number = int(versions.size()) + 1;
        version.action = read.value(0).toString();
        version.at = Instant::fromUtcMs(read.value(1).toLongLong(), read.value(2).toInt());
        version.changedBy = read.value(4).toString();
        const auto fields = byColumn(read.value(3).toString());
        if (!versions.isEmpty())
            for (const auto &[column, label] : editedFields())
                if (fields.value(column) != before.value(column))
                    version.changes.append({label, before.value(column), fields.value(column)});
        before = fields;
        versions.append(version);
    }
    return versions;
}

Result<QHash<RowId, EntryHistory::Edits>> EntryHistory::editsOf(Workspace &workspace,
                                                                const QList<RowId> &entryIds)
{
    QHash<RowId, Edits> edits;
    if (entryIds.isEmpty())
        return edits;
    QStringList ids;
    ids.reserve(entryIds.size());
    for (RowId id : entryIds)
        ids << QString::number(id); // numbers only: safe to write into the statement
    // An edit after the fact: sealed more than a minute after the entry was first recorded.
    // What the program writes into an entry as part of recording it (a call's closing lines,
    // a sent letter's line, the demo being built) is sealed within the same moment.
    Statement read(workspace.database(),
                   QStringLiteral("SELECT u.row_id, count(*), max(u.id) FROM seals u WHERE "
                                  "u.table_name = :table AND u.action = 'update' AND u.row_id IN "
                                  "(%1) AND u.sealed_at > (SELECT min(i.sealed_at) FROM seals i "
                                  "WHERE i.table_name = u.table_name AND i.row_id = u.row_id) + "
                                  ":grace GROUP BY u.row_id")
                       .arg(ids.join(QLatin1Char(','))));
    read.bind(QStringLiteral(":table"), kTable).bind(QStringLiteral(":grace"), kGraceMs);
    if (auto status = read.exec(); !status)
        return status.error();
    QHash<RowId, RowId> lastSeal;
    while (read.next()) {
        const RowId row = read.value(0).toLongLong();
        edits[row].count = read.value(1).toInt();
        lastSeal.insert(row, read.value(2).toLongLong());
    }
    Statement when(
        workspace.database(),
        QStringLiteral("SELECT sealed_at, sealed_offset FROM seals WHERE id = :id LIMIT 1"));
    for (auto it = lastSeal.cbegin(); it != lastSeal.cend(); ++it) {
        when.bind(QStringLiteral(":id"), it.value());
        if (auto status = when.exec(); !status)
            return status.error();
        if (when.next())
            edits[it.key()].last =
                Instant::fromUtcMs(when.value(0).toLongLong(), when.value(1).toInt());
    }
    return edits;
}

} // namespace leverage

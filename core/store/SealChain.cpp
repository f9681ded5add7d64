#include "core/store/SealChain.h"

#include "core/services/Clock.h"
#include "core/store/BulkInsert.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/util/DecimalText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>

namespace leverage {
namespace {

const char *const kMeta[] = {"id", "uuid", "created_at", "updated_at", "version", "case_id"};

// Format 1 seals are written only while migrating to schema 6, before seals had a format.
QString insertSealSql(int format)
{
    if (format < 2)
        return QStringLiteral("INSERT INTO seals (table_name, row_id, case_id, row_version, "
                              "action, sealed_at, sealed_offset, content, previous, seal) VALUES "
                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    return QStringLiteral("INSERT INTO seals (table_name, row_id, case_id, row_version, action, "
                          "sealed_at, sealed_offset, content, previous, seal, format, links) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

} // namespace

SealChain::SealChain(Workspace &workspace) : m_workspace(workspace) {}

const QStringList &SealChain::sealedTables()
{
    static const QStringList tables{QStringLiteral("timeline_entries"),
                                    QStringLiteral("commitments"), QStringLiteral("attachments")};
    return tables;
}

QStringList SealChain::sealedColumns(const QString &table)
{
    QStringList columns;
    for (const char *column : kMeta)
        columns << QString::fromLatin1(column);
    if (table == QLatin1String("timeline_entries"))
        columns << QStringLiteral("channel") << QStringLiteral("occurred_at")
                << QStringLiteral("occurred_offset") << QStringLiteral("duration_seconds")
                << QStringLiteral("hold_seconds") << QStringLiteral("person_name")
                << QStringLiteral("person_position") << QStringLiteral("reference_number")
                << QStringLiteral("summary") << QStringLiteral("notes") << QStringLiteral("effort")
                << QStringLiteral("helpfulness") << QStringLiteral("service_failure")
                << QStringLiteral("is_private");
    else if (table == QLatin1String("commitments"))
        columns << QStringLiteral("made_by_name") << QStringLiteral("what")
                << QStringLiteral("made_at") << QStringLiteral("made_offset")
                << QStringLiteral("due_at") << QStringLiteral("due_offset")
                << QStringLiteral("due_from_at") << QStringLiteral("due_from_offset")
                << QStringLiteral("due_form") << QStringLiteral("due_within_minutes")
                << QStringLiteral("actor_name") << QStringLiteral("status")
                << QStringLiteral("status_changed_at") << QStringLiteral("status_changed_offset")
                << QStringLiteral("status_note");
    else if (table == QLatin1String("attachments"))
        columns << QStringLiteral("sha256") << QStringLiteral("original_name")
                << QStringLiteral("mime_type") << QStringLiteral("size")
                << QStringLiteral("added_at") << QStringLiteral("added_offset")
                << QStringLiteral("is_exhibit") << QStringLiteral("description");
    return columns;
}

QStringList SealChain::linkColumns(const QString &table)
{
    if (table == QLatin1String("timeline_entries"))
        return {QStringLiteral("contact_id")};
    if (table == QLatin1String("commitments"))
        return {QStringLiteral("entry_id"), QStringLiteral("contact_id"),
                QStringLiteral("actor_id")};
    if (table == QLatin1String("attachments"))
        return {QStringLiteral("entry_id")};
    return {};
}

QString SealChain::linkTarget(const QString &column)
{
    return column == QLatin1String("entry_id") ? QStringLiteral("timeline_entries")
                                               : QStringLiteral("contacts");
}

QString SealChain::contentSelect(const QString &table) const
{
    const auto &dialect = m_workspace.dialect();
    return QStringLiteral("SELECT id, case_id, version, %1, %2 FROM %3")
        .arg(dialect.canonicalText(sealedColumns(table)), dialect.canonicalText(linkColumns(table)),
             table);
}

QString SealChain::actionKey(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("insert");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Remove:
        return QStringLiteral("remove");
    case Action::Relink:
        return QStringLiteral("relink");
    }
    return {};
}

Sha256::Hex SealChain::sealOf(const Link &link)
{
    // Every field on its own line, the content last: no two links read alike. Format 2 starts
    // with a line a format-1 link never starts with (that one starts with a seal or nothing),
    // and its links (digits, NULL and bars) have a line of their own before the content.
    QVarLengthArray<char, 512> header;
    const auto text = [&header](QByteArrayView part) {
        header.append(part.data(), part.size());
        header.append('\n');
    };
    const auto number = [&header](qint64 value) {
        const DecimalText text(value);
        header.append(text.data(), text.size);
        header.append('\n');
    };
    if (link.format >= 2) {
        header.append("seal/", 5);
        number(link.format);
    }
    text(link.previous);
    text(link.table);
    number(link.rowId);
    number(link.rowVersion);
    text(link.action);
    number(link.sealedAtMs);
    number(link.sealedOffsetSeconds);
    if (link.format >= 2)
        text(link.links);
    // One hasher per thread: a context is set up once, not per seal.
    thread_local Sha256 hash;
    hash.add(QByteArrayView(header.constData(), header.size()));
    hash.add(link.content);
    return hash.hexResult();
}

QByteArray SealChain::compute(const Link &link)
{
    const Sha256::Hex hex = sealOf(link);
    return QByteArray(hex.data(), qsizetype(hex.size()));
}

Status SealChain::seal(const QString &table, RowId id, Action action)
{
    Statement read(m_workspace.database(),
                   contentSelect(table) + QStringLiteral(" WHERE id = :id LIMIT 1"));
    read.bind(QStringLiteral(":id"), id);
    if (auto status = read.exec(); !status)
        return status;
    if (!read.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That item no longer exists.")};
    return append(table, id, read.value(1).toLongLong(), read.value(2).toInt(), actionKey(action),
                  read.value(3).toString(), read.value(4).toString());
}

Status SealChain::sealRelinked(const QString &table, RowId id)
{
    if (!sealedTables().contains(table))
        return {};
    auto status = seal(table, id, Action::Relink);
    if (!status && status.code() == Error::Code::NotFound)
        return {};
    return status;
}

Status SealChain::append(const QString &table, RowId rowId, RowId caseId, int rowVersion,
                         const QString &action, const QString &content, const QString &links)
{
    auto previous = head();
    if (!previous)
        return previous.status();
    const auto now = m_workspace.clock().now();
    const qint64 at = now.toMSecsSinceEpoch();
    const int offset = now.offsetFromUtc();
    const QString seal = QString::fromLatin1(
        compute({previous->toUtf8(), table.toUtf8(), rowId, rowVersion, action.toUtf8(), at, offset,
                 content.toUtf8(), kFormat, links.toUtf8()}));
    Statement insert(m_workspace.database(), insertSealSql(kFormat));
    const QVariantList values{table,  rowId,   caseId,    rowVersion, action,  at,
                              offset, content, *previous, seal,       kFormat, links};
    for (int i = 0; i < values.size(); ++i)
        insert.query().bindValue(i, values[i]);
    if (auto status = insert.exec(); !status)
        return status;
    return {};
}

Status SealChain::sealInserted(const QString &table, const QList<RowId> &ids, int format)
{
    auto previous = head();
    if (!previous)
        return previous.status();
    QString last = *previous;
    RowId low = ids.first(), high = ids.first();
    for (RowId id : ids) {
        low = qMin(low, id);
        high = qMax(high, id);
    }
    Statement read(m_workspace.database(),
                   contentSelect(table) +
                       QStringLiteral(" WHERE id BETWEEN :low AND :high ORDER BY id"));
    read.bind(QStringLiteral(":low"), low).bind(QStringLiteral(":high"), high);
    if (auto status = read.exec(); !status)
        return status;
    BulkInsert insert(m_workspace.database(), m_workspace.dialect(), insertSealSql(format),
                      format < 2 ? 10 : 12);
    if (!insert.status())
        return insert.status();
    const auto now = m_workspace.clock().now();
    const qint64 at = now.toMSecsSinceEpoch();
    const int offset = now.offsetFromUtc();
    const QString action = actionKey(Action::Insert);
    insert.bind(0, table);
    insert.bind(4, action);
    insert.bind(5, at);
    insert.bind(6, offset);
    if (format >= 2)
        insert.bind(10, format);
    const QByteArray tableUtf8 = table.toUtf8();
    const QByteArray actionUtf8 = action.toUtf8();
    while (read.next()) {
        const RowId id = read.value(0).toLongLong();
        const int version = read.value(2).toInt();
        const QString content = read.value(3).toString();
        const QString links = read.value(4).toString();
        const QString seal =
            QString::fromLatin1(compute({last.toUtf8(), tableUtf8, id, version, actionUtf8, at,
                                         offset, content.toUtf8(), format, links.toUtf8()}));
        insert.bind(1, id);
        insert.bind(2, read.value(1));
        insert.bind(3, version);
        insert.bind(7, content);
        insert.bind(8, last);
        insert.bind(9, seal);
        if (format >= 2)
            insert.bind(11, links);
        if (auto inserted = insert.insert(); !inserted)
            return inserted.status();
        last = seal;
    }
    return {};
}

Status SealChain::sealExisting(int format)
{
    for (const auto &table : sealedTables()) {
        Statement ids(m_workspace.database(),
                      QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        if (auto status = ids.exec(); !status)
            return status;
        QList<RowId> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        if (all.isEmpty())
            continue;
        if (auto status = sealInserted(table, all, format); !status)
            return status;
    }
    return {};
}

Result<QString> SealChain::head() const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT seal FROM seals ORDER BY id DESC LIMIT 1"));
    if (auto status = read.exec(); !status)
        return status.error();
    return read.next() ? read.value(0).toString() : QString(QLatin1String(""));
}

Result<qint64> SealChain::count() const
{
    Statement read(m_workspace.database(), QStringLiteral("SELECT count(*) FROM seals"));
    if (auto status = read.exec(); !status)
        return status.error();
    read.next();
    return read.value(0).toLongLong();
}

Result<QList<SealChain::Version>> SealChain::history(const QString &table, RowId id) const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT id, table_name, row_id, case_id, row_version, action, "
                                  "sealed_at, sealed_offset, content, previous, seal, format, "
                                  "links FROM seals WHERE table_name = :table AND row_id = :id "
                                  "ORDER BY id"));
    read.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":id"), id);
    if (auto status = read.exec(); !status)
        return status.error();
    QList<Version> versions;
    while (read.next())
        versions.append(
            {read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toLongLong(),
             read.value(3).toLongLong(), read.value(4).toInt(), read.value(5).toString(),
             read.value(6).toLongLong(), read.value(7).toInt(), read.value(8).toString(),
             read.value(9).toString(), read.value(10).toString(), read.value(11).toInt(),
             read.value(12).toString()});
    return versions;
}

} // namespace leverage

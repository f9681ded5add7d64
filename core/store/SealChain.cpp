#include "core/store/SealChain.h"

#include "core/services/Clock.h"
#include "core/store/BulkInsert.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <mutex>
#include <sodium.h>

namespace leverage {
namespace {

const char *const kMeta[] = {"id", "uuid", "created_at", "updated_at", "version", "case_id"};

QString insertSealSql()
{
    return QStringLiteral("INSERT INTO seals (table_name, row_id, case_id, row_version, action, "
                          "sealed_at, sealed_offset, content, previous, seal) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
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

QString SealChain::contentSelect(const QString &table) const
{
    return QStringLiteral("SELECT id, case_id, version, %1 FROM %2")
        .arg(m_workspace.dialect().canonicalText(sealedColumns(table)), table);
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
    }
    return {};
}

QString SealChain::compute(const QString &previous, const QString &table, RowId rowId,
                           int rowVersion, const QString &action, qint64 sealedAtMs,
                           int sealedOffsetSeconds, const QString &content)
{
    return QString::fromLatin1(computeUtf8(previous.toUtf8(), table.toUtf8(), rowId, rowVersion,
                                           action.toUtf8(), sealedAtMs, sealedOffsetSeconds,
                                           content.toUtf8()));
}

QByteArray SealChain::computeUtf8(const QByteArray &previous, const QByteArray &table, RowId rowId,
                                  int rowVersion, const QByteArray &action, qint64 sealedAtMs,
                                  int sealedOffsetSeconds, const QByteArray &content)
{
    // Every field on its own line, the content last: no two links read alike.
    QByteArray header;
    header.reserve(160);
    header.append(previous).append('\n').append(table).append('\n');
    header.append(QByteArray::number(rowId)).append('\n');
    header.append(QByteArray::number(rowVersion)).append('\n').append(action).append('\n');
    header.append(QByteArray::number(sealedAtMs)).append('\n');
    header.append(QByteArray::number(sealedOffsetSeconds)).append('\n');
    // libsodium's SHA-256: verifying a million seals is mostly hashing, and its code is
    // optimised whatever this build's flags are.
    static std::once_flag once;
    std::call_once(once, [] { [[maybe_unused]] const int ready = sodium_init(); });
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(header.constData()),
                              quint64(header.size()));
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(content.constData()),
                              quint64(content.size()));
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char *>(digest.data()));
    return digest.toHex();
}

Status SealChain::seal(const QString &table, RowId id, Action action)
{
    Statement read(m_workspace.database(),
                   contentSelect(table) + QStringLiteral(" WHERE id = :id"));
    read.bind(QStringLiteral(":id"), id);
    if (auto status = read.exec(); !status)
        return status;
    if (!read.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That item no longer exists.")};
    return append(table, id, read.value(1).toLongLong(), read.value(2).toInt(), actionKey(action),
                  read.value(3).toString());
}

Status SealChain::append(const QString &table, RowId rowId, RowId caseId, int rowVersion,
                         const QString &action, const QString &content)
{
    auto previous = head();
    if (!previous)
        return previous.status();
    const auto now = m_workspace.clock().now();
    const qint64 at = now.toMSecsSinceEpoch();
    const int offset = now.offsetFromUtc();
    const QString seal = compute(*previous, table, rowId, rowVersion, action, at, offset, content);
    Statement insert(m_workspace.database(), insertSealSql());
    const QVariantList values{table, rowId,  caseId,  rowVersion, action,
                              at,    offset, content, *previous,  seal};
    for (int i = 0; i < values.size(); ++i)
        insert.query().bindValue(i, values[i]);
    if (auto status = insert.exec(); !status)
        return status;
    return {};
}

Status SealChain::sealInserted(const QString &table, const QList<RowId> &ids)
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
    BulkInsert insert(m_workspace.database(), m_workspace.dialect(), insertSealSql(), 10);
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
    while (read.next()) {
        const RowId id = read.value(0).toLongLong();
        const int version = read.value(2).toInt();
        const QString content = read.value(3).toString();
        const QString seal = compute(last, table, id, version, action, at, offset, content);
        insert.bind(1, id);
        insert.bind(2, read.value(1));
        insert.bind(3, version);
        insert.bind(7, content);
        insert.bind(8, last);
        insert.bind(9, seal);
        if (auto inserted = insert.insert(); !inserted)
            return inserted.status();
        last = seal;
    }
    return {};
}

Status SealChain::sealExisting()
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
        if (auto status = sealInserted(table, all); !status)
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
                                  "sealed_at, sealed_offset, content, previous, seal FROM seals "
                                  "WHERE table_name = :table AND row_id = :id ORDER BY id"));
    read.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":id"), id);
    if (auto status = read.exec(); !status)
        return status.error();
    QList<Version> versions;
    while (read.next())
        versions.append(
            {read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toLongLong(),
             read.value(3).toLongLong(), read.value(4).toInt(), read.value(5).toString(),
             read.value(6).toLongLong(), read.value(7).toInt(), read.value(8).toString(),
             read.value(9).toString(), read.value(10).toString()});
    return versions;
}

} // namespace leverage

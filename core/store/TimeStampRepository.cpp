#include "core/store/TimeStampRepository.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage {
namespace {

const char kColumns[] = "id, case_id, seal_id, head, authority_url, token, gen_time, "
                        "stamped_at, stamped_offset";

} // namespace

Result<TimeStampRepository::Head> TimeStampRepository::head() const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT id, seal FROM seals ORDER BY id DESC LIMIT 1"));
    if (auto status = read.exec(); !status)
        return status.error();
    if (!read.next())
        return Head{};
    return Head{read.value(0).toLongLong(), read.value(1).toString()};
}

Result<QString> TimeStampRepository::sealAt(RowId sealId) const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT seal FROM seals WHERE id = :id LIMIT 1"));
    read.bind(QStringLiteral(":id"), sealId);
    if (auto status = read.exec(); !status)
        return status.error();
    return read.next() ? read.value(0).toString() : QString(QLatin1String(""));
}

Result<qint64> TimeStampRepository::sealsAfter(RowId sealId) const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT count(*) FROM seals WHERE id > :id"));
    read.bind(QStringLiteral(":id"), sealId);
    if (auto status = read.exec(); !status)
        return status.error();
    read.next();
    return read.value(0).toLongLong();
}

Result<RowId> TimeStampRepository::add(const Stamp &stamp)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    const bool again = stamp.id > 0;
    Statement insert(m_workspace.database(),
                     QStringLiteral("INSERT INTO time_stamps (%1%2) VALUES (%3:case, :seal, "
                                    ":head, :url, :token, :gen, :at, :offset) RETURNING id")
                         .arg(again ? QStringLiteral("id, ") : QString(),
                              QString::fromLatin1(kColumns).mid(4),
                              again ? QStringLiteral(":id, ") : QString()));
    if (again)
        insert.bind(QStringLiteral(":id"), stamp.id);
    insert
        .bind(QStringLiteral(":case"),
              stamp.caseId > 0 ? QVariant(stamp.caseId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":seal"), stamp.sealId)
        .bind(QStringLiteral(":head"), stamp.head)
        .bind(QStringLiteral(":url"), stamp.authorityUrl)
        .bind(QStringLiteral(":token"), stamp.token)
        .bind(QStringLiteral(":gen"), stamp.genTimeMs)
        .bind(QStringLiteral(":at"), stamp.stampedAt.utcMs)
        .bind(QStringLiteral(":offset"), stamp.stampedAt.offsetSeconds);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("leverage", "The time-stamp could not be kept.")};
    const RowId id = insert.value(0).toLongLong();
    insert.query().finish(); // RETURNING keeps the statement open: COMMIT would be busy
    if (again) {
        // Put back under its id: PostgreSQL's sequence must then move past it.
        const QString after = m_workspace.dialect().afterExplicitId(QStringLiteral("time_stamps"));
        if (!after.isEmpty()) {
            Statement then(m_workspace.database(), after);
            if (auto status = then.exec(); !status)
                return status.error();
        }
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status TimeStampRepository::remove(RowId id)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_workspace.database(),
                        QStringLiteral("DELETE FROM time_stamps WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status;
    return transaction.commit();
}

Result<QList<TimeStampRepository::Stamp>> TimeStampRepository::list(RowId caseId) const
{
    Statement read(m_workspace.database(),
                   QStringLiteral("SELECT %1 FROM time_stamps%2 ORDER BY gen_time, id")
                       .arg(QLatin1String(kColumns),
                            caseId > 0 ? QStringLiteral(" WHERE case_id = :case OR case_id IS NULL")
                                       : QString()));
    if (caseId > 0)
        read.bind(QStringLiteral(":case"), caseId);
    if (auto status = read.exec(); !status)
        return status.error();
    QList<Stamp> stamps;
    while (read.next())
        stamps.append({read.value(0).toLongLong(), read.value(1).toLongLong(),
                       read.value(2).toLongLong(), read.value(3).toString(),
                       read.value(4).toString(), read.value(5).toByteArray(),
                       read.value(6).toLongLong(),
                       Instant::fromUtcMs(read.value(7).toLongLong(), read.value(8).toInt())});
    return stamps;
}

} // namespace leverage

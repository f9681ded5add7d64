#include "core/store/OutcomeRepository.h"

#include "core/store/InstantColumns.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage {
namespace {

using outcomes::CaseOutcome;
using outcomes::OutcomeItem;

QVariant idOrNull(RowId id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant msOrNull(const Instant &at)
{
    return at.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(at.utcMs);
}

Error caseGone()
{
    return Error{Error::Code::NotFound,
                 QCoreApplication::translate("leverage", "That case no longer exists.")};
}

} // namespace

Result<std::optional<CaseOutcome>> OutcomeRepository::get(RowId caseId) const
{
    Statement record(m_workspace.database(),
                     QStringLiteral("SELECT outcome, closed_at, closed_offset, reopened_at, "
                                    "reopened_offset, resolved_by_step_id, "
                                    "resolved_by_contact_id, resolved_by_letter_id, note "
                                    "FROM case_outcomes WHERE case_id = :case"));
    record.bind(QStringLiteral(":case"), caseId);
    if (auto status = record.exec(); !status)
        return status.error();
    if (!record.next())
        return std::optional<CaseOutcome>{};
    CaseOutcome found;
    found.caseId = caseId;
    found.outcome =
        outcomes::outcomeFromKey(record.value(0).toString()).value_or(outcomes::Outcome::StillOpen);
    found.closedAt = instantFromColumns(record, 1);
    found.reopenedAt = instantFromColumns(record, 3);
    found.resolvedByStepId = record.value(5).toLongLong();
    found.resolvedByContactId = record.value(6).toLongLong();
    found.resolvedByLetterId = record.value(7).toLongLong();
    found.note = record.value(8).toString();

    Statement items(m_workspace.database(),
                    QStringLiteral("SELECT kind, amount_minor, currency, received_on, note "
                                   "FROM outcome_items WHERE case_id = :case ORDER BY position"));
    items.bind(QStringLiteral(":case"), caseId);
    if (auto status = items.exec(); !status)
        return status.error();
    while (items.next()) {
        OutcomeItem item;
        item.kind = outcomes::outcomeItemKindFromKey(items.value(0).toString())
                        .value_or(outcomes::OutcomeItemKind::Other);
        item.amountMinor = items.value(1).toLongLong();
        item.currency = items.value(2).toString();
        item.receivedOn = QDate::fromString(items.value(3).toString(), Qt::ISODate);
        item.note = items.value(4).toString();
        found.items << item;
    }
    return std::optional<CaseOutcome>(found);
}

Status OutcomeRepository::setState(RowId caseId, const std::optional<CaseOutcome> &record,
                                   CaseStatus status)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement caseRow(m_workspace.database(),
                      QStringLiteral("UPDATE cases SET status = :status, updated_at = :now, "
                                     "version = version + 1 WHERE id = :id"));
    caseRow.bind(QStringLiteral(":status"), caseStatusKey(status))
        .bind(QStringLiteral(":now"), m_workspace.nowMs())
        .bind(QStringLiteral(":id"), caseId);
    if (auto written = caseRow.exec(); !written)
        return written;
    if (caseRow.rowsAffected() != 1)
        return caseGone();
    // The record and its items are replaced whole: they are small and edited together.
    for (const char *sql : {"DELETE FROM outcome_items WHERE case_id = :case",
                            "DELETE FROM case_outcomes WHERE case_id = :case"}) {
        Statement clear(m_workspace.database(), QString::fromLatin1(sql));
        clear.bind(QStringLiteral(":case"), caseId);
        if (auto cleared = clear.exec(); !cleared)
            return cleared;
    }
    if (record) {
        CaseOutcome stored = *record;
        stored.caseId = caseId;
        if (auto written = writeRecord(stored); !written)
            return written;
    }
    Workspace &workspace = m_workspace; // outlives this short-lived repository
    m_workspace.afterCommit([&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); });
    return transaction.commit();
}

Status OutcomeRepository::restore(const CaseOutcome &record)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto written = writeRecord(record); !written)
        return written;
    Workspace &workspace = m_workspace; // outlives this short-lived repository
    const RowId caseId = record.caseId;
    m_workspace.afterCommit([&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); });
    return transaction.commit();
}

Status OutcomeRepository::writeRecord(const CaseOutcome &record)
{
    Statement insert(m_workspace.database(),
                     QStringLiteral("INSERT INTO case_outcomes (case_id, outcome, closed_at, "
                                    "closed_offset, reopened_at, reopened_offset, "
                                    "resolved_by_step_id, resolved_by_contact_id, "
                                    "resolved_by_letter_id, note, updated_at) VALUES (:case, "
                                    ":outcome, :closed, :closed_offset, :reopened, "
                                    ":reopened_offset, :step, :contact, :letter, :note, :now)"));
    insert.bind(QStringLiteral(":case"), record.caseId)
        .bind(QStringLiteral(":outcome"), outcomes::outcomeKey(record.outcome))
        .bind(QStringLiteral(":closed"), record.closedAt.utcMs)
        .bind(QStringLiteral(":closed_offset"), record.closedAt.offsetSeconds)
        .bind(QStringLiteral(":reopened"), msOrNull(record.reopenedAt))
        .bind(QStringLiteral(":reopened_offset"), record.reopenedAt.offsetSeconds)
        .bind(QStringLiteral(":step"), idOrNull(record.resolvedByStepId))
        .bind(QStringLiteral(":contact"), idOrNull(record.resolvedByContactId))
        .bind(QStringLiteral(":letter"), idOrNull(record.resolvedByLetterId))
        .bind(QStringLiteral(":note"), record.note.isNull() ? QStringLiteral("") : record.note)
        .bind(QStringLiteral(":now"), m_workspace.nowMs());
    if (auto written = insert.exec(); !written)
        return written;
    int position = 0;
    for (const auto &item : record.items) {
        if (item.amountMinor < 0 || item.currency.size() != 3)
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate(
                             "leverage", "Each amount received needs a positive amount and a "
                                         "three-letter currency code (USD, EUR, GBP …).")};
        Statement row(m_workspace.database(),
                      QStringLiteral("INSERT INTO outcome_items (case_id, position, kind, "
                                     "amount_minor, currency, received_on, note) VALUES (:case, "
                                     ":position, :kind, :amount, :currency, :received, :note)"));
        row.bind(QStringLiteral(":case"), record.caseId)
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":kind"), outcomes::outcomeItemKindKey(item.kind))
            .bind(QStringLiteral(":amount"), item.amountMinor)
            .bind(QStringLiteral(":currency"), item.currency.toUpper())
            .bind(QStringLiteral(":received"), item.receivedOn.isValid()
                                                   ? QVariant(item.receivedOn.toString(Qt::ISODate))
                                                   : QVariant(QMetaType::fromType<QString>()))
            .bind(QStringLiteral(":note"), item.note.isNull() ? QStringLiteral("") : item.note);
        if (auto written = row.exec(); !written)
            return written;
    }
    return {};
}

} // namespace leverage

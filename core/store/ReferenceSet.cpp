#include "core/store/ReferenceSet.h"

#include "core/letters/LetterEvents.h"
#include "core/store/SealChain.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>
#include <array>

namespace leverage {
namespace {

// Every nullable link in the schema that a delete sets to NULL, and how to find the case the
// referring row belongs to. Statements are built only from this table, never from input.
struct Link
{
    const char *table;
    const char *column;
    const char *target; // "contact", "organization", "entry", "commitment", "step", "letter"
    const char *caseExpression;
    const char *join;
    const char *key = "id"; // the referring row's key column
};

constexpr std::array<Link, 17> kLinks{{
    {"contacts", "supervisor_id", "contact", "0", ""},
    {"timeline_entries", "contact_id", "contact", "r.case_id", ""},
    {"entry_participants", "contact_id", "contact", "e.case_id",
     " JOIN timeline_entries e ON e.id = r.entry_id"},
    {"commitments", "contact_id", "contact", "r.case_id", ""},
    {"follow_ups", "contact_id", "contact", "r.case_id", ""},
    {"escalation_steps", "contact_id", "contact", "r.case_id", ""},
    {"cases", "organization_id", "organization", "r.id", ""},
    {"escalation_steps", "organization_id", "organization", "r.case_id", ""},
    {"commitments", "entry_id", "entry", "r.case_id", ""},
    {"follow_ups", "commitment_id", "commitment", "r.case_id", ""},
    {"attachments", "entry_id", "entry", "r.case_id", ""},    // a file stays on the case
    {"clock_triggers", "entry_id", "entry", "r.case_id", ""}, // the date stays, typed
    {"letters", "entry_id", "entry", "r.case_id", ""},
    {"letters", "contact_id", "contact", "r.case_id", ""},
    {"case_outcomes", "resolved_by_contact_id", "contact", "r.case_id", "", "case_id"},
    {"case_outcomes", "resolved_by_step_id", "step", "r.case_id", "", "case_id"},
    {"case_outcomes", "resolved_by_letter_id", "letter", "r.case_id", "", "case_id"},
}};

const Link *findLink(const QString &table, const QString &column)
{
    for (const auto &link : kLinks)
        if (table == QLatin1String(link.table) && column == QLatin1String(link.column))
            return &link;
    return nullptr;
}

Result<QList<ReferenceSet::Reference>> select(Workspace &workspace, const Link &link,
                                              const QString &condition, RowId id)
{
    const auto sql = QStringLiteral("SELECT r.%6, r.%1, %2 FROM %3 r%4 WHERE %5 ORDER BY r.%6")
                         .arg(QLatin1String(link.column), QLatin1String(link.caseExpression),
                              QLatin1String(link.table), QLatin1String(link.join), condition,
                              QLatin1String(link.key));
    Statement statement(workspace.database(), sql);
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<ReferenceSet::Reference> rows;
    while (statement.next())
        rows.append({QLatin1String(link.table), QLatin1String(link.column),
                     statement.value(0).toLongLong(), statement.value(1).toLongLong(),
                     statement.value(2).toLongLong()});
    return rows;
}

Result<QList<ReferenceSet::Reference>> collect(Workspace &workspace, const char *target, RowId id)
{
    QList<ReferenceSet::Reference> all;
    for (const auto &link : kLinks) {
        if (qstrcmp(link.target, target) != 0)
            continue;
        auto rows = select(workspace, link,
                           QStringLiteral("r.%1 = :id").arg(QLatin1String(link.column)), id);
        if (!rows)
            return rows.error();
        all.append(*rows);
    }
    return all;
}

Result<qint64> countWhere(Workspace &workspace, const QString &sql, RowId id)
{
    Statement statement(workspace.database(), sql);
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status.error();
    statement.next();
    return statement.value(0).toLongLong();
}

} // namespace

Result<QList<ReferenceSet::Reference>> ReferenceSet::toContact(Workspace &workspace,
                                                               RowId contactId)
{
    return collect(workspace, "contact", contactId);
}

Result<QList<ReferenceSet::Reference>> ReferenceSet::toEntry(Workspace &workspace, RowId entryId)
{
    return collect(workspace, "entry", entryId);
}

Result<QList<ReferenceSet::Reference>> ReferenceSet::toCommitment(Workspace &workspace,
                                                                  RowId commitmentId)
{
    return collect(workspace, "commitment", commitmentId);
}

Result<QList<ReferenceSet::Reference>> ReferenceSet::toStep(Workspace &workspace, RowId stepId)
{
    return collect(workspace, "step", stepId);
}

Result<QList<ReferenceSet::Reference>> ReferenceSet::toLetter(Workspace &workspace, RowId letterId)
{
    return collect(workspace, "letter", letterId);
}

Result<QList<ReferenceSet::Reference>> ReferenceSet::toOrganization(Workspace &workspace,
                                                                    RowId organizationId)
{
    return collect(workspace, "organization", organizationId);
}

Result<QList<ReferenceSet::Involvement>> ReferenceSet::involvementsOf(Workspace &workspace,
                                                                      RowId organizationId)
{
    Statement statement(workspace.database(),
                        QStringLiteral("SELECT case_id, organization_id, role, referred_by_id, "
                                       "position FROM case_organizations WHERE organization_id "
                                       "= :id OR referred_by_id = :id ORDER BY case_id, "
                                       "organization_id"));
    statement.bind(QStringLiteral(":id"), organizationId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<Involvement> rows;
    while (statement.next())
        rows.append({statement.value(0).toLongLong(), statement.value(1).toLongLong(),
                     statement.value(2).toString(), statement.value(3).toLongLong(),
                     statement.value(4).toInt()});
    return rows;
}

Result<qint64> ReferenceSet::countToContact(Workspace &workspace, RowId contactId)
{
    qint64 total = 0;
    for (const auto &link : kLinks) {
        if (qstrcmp(link.target, "contact") != 0)
            continue;
        auto n = countWhere(workspace,
                            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id")
                                .arg(QLatin1String(link.table), QLatin1String(link.column)),
                            contactId);
        if (!n)
            return n;
        total += *n;
    }
    return total;
}

Result<qint64> ReferenceSet::countToOrganization(Workspace &workspace, RowId organizationId)
{
    // Rows naming the organization, and rows outside it naming one of its people (the
    // organization's own contacts go with it, so their links to each other do not count).
    qint64 total = 0;
    for (const auto &link : kLinks) {
        const bool toOrganization = qstrcmp(link.target, "organization") == 0;
        if (!toOrganization && qstrcmp(link.target, "contact") != 0)
            continue;
        QString sql;
        if (toOrganization)
            sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = :id");
        else
            sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (SELECT id FROM contacts "
                                 "WHERE organization_id = :id)");
        sql = sql.arg(QLatin1String(link.table), QLatin1String(link.column));
        if (qstrcmp(link.table, "contacts") == 0)
            sql += QStringLiteral(" AND coalesce(organization_id, 0) <> :id");
        auto n = countWhere(workspace, sql, organizationId);
        if (!n)
            return n;
        total += *n;
    }
    return total;
}

Status ReferenceSet::restore(Workspace &workspace, const QList<Reference> &references)
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &reference : references) {
        const auto *link = findLink(reference.table, reference.column);
        if (!link)
            return Error{Error::Code::Invalid, QCoreApplication::translate(
                                                   "leverage", "The change could not be undone.")};
        Statement statement(workspace.database(),
                            QStringLiteral("UPDATE %1 SET %2 = :target WHERE %3 = :id")
                                .arg(QLatin1String(link->table), QLatin1String(link->column),
                                     QLatin1String(link->key)));
        statement.bind(QStringLiteral(":target"), reference.target)
            .bind(QStringLiteral(":id"), reference.rowId);
        if (auto status = statement.exec(); !status)
            return status;
        if (statement.rowsAffected() != 1)
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate("leverage", "Something the change refers to "
                                                                 "was removed since; it cannot be "
                                                                 "undone.")};
    }
    if (auto status = sealRelinked(workspace, references); !status)
        return status;
    notifyChanged(workspace, references);
    return transaction.commit();
}

Status ReferenceSet::sealRelinked(Workspace &workspace, const QList<Reference> &references)
{
    for (const auto &reference : references)
        if (auto status = workspace.seals().sealRelinked(reference.table, reference.rowId); !status)
            return status;
    return {};
}

Status ReferenceSet::restore(Workspace &workspace, const QList<Involvement> &involvements)
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &involvement : involvements) {
        Statement statement(
            workspace.database(),
            // A referred row is still there: only its referral comes back.
            QStringLiteral("INSERT INTO case_organizations (case_id, "
                           "organization_id, role, referred_by_id, position) "
                           "VALUES (:case, :org, :role, :referrer, :position) "
                           "ON CONFLICT (case_id, organization_id) DO UPDATE SET "
                           "role = excluded.role, referred_by_id = "
                           "excluded.referred_by_id, position = excluded.position"));
        statement.bind(QStringLiteral(":case"), involvement.caseId)
            .bind(QStringLiteral(":org"), involvement.organizationId)
            .bind(QStringLiteral(":role"), involvement.role)
            .bind(QStringLiteral(":referrer"), involvement.referredById > 0
                                                   ? QVariant(involvement.referredById)
                                                   : QVariant(QMetaType::fromType<qint64>()))
            .bind(QStringLiteral(":position"), involvement.position);
        if (auto status = statement.exec(); !status)
            return status;
        const auto caseId = involvement.caseId;
        workspace.afterCommit([&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); });
    }
    return transaction.commit();
}

void ReferenceSet::notifyChanged(Workspace &workspace, const QList<Reference> &references)
{
    for (const auto &r : references) {
        const auto id = r.rowId;
        const auto caseId = r.caseId;
        std::function<void()> notify;
        if (r.table == QLatin1String("contacts"))
            notify = [&workspace, id] { Q_EMIT workspace.contactChanged(id); };
        else if (r.table == QLatin1String("cases"))
            notify = [&workspace, id] { Q_EMIT workspace.caseChanged(id); };
        else if (r.table == QLatin1String("case_outcomes"))
            notify = [&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); };
        else if (r.table == QLatin1String("timeline_entries"))
            notify = [&workspace, caseId, id] { Q_EMIT workspace.entryChanged(caseId, id); };
        else if (r.table == QLatin1String("commitments"))
            notify = [&workspace, caseId, id] { Q_EMIT workspace.commitmentChanged(caseId, id); };
        else if (r.table == QLatin1String("attachments"))
            notify = [&workspace, caseId, id] { Q_EMIT workspace.attachmentChanged(caseId, id); };
        else if (r.table == QLatin1String("follow_ups"))
            notify = [&workspace, caseId, id] { Q_EMIT workspace.followUpChanged(caseId, id); };
        else if (r.table == QLatin1String("clock_triggers")) // a case's clocks are part of it
            notify = [&workspace, caseId] { Q_EMIT workspace.caseChanged(caseId); };
        else if (r.table == QLatin1String("letters"))
            notify = [&workspace, caseId, id] {
                Q_EMIT LetterEvents::of(workspace).letterChanged(caseId, id);
            };
        else if (r.table == QLatin1String("escalation_steps"))
            notify = [&workspace, caseId, id] {
                Q_EMIT workspace.escalationStepChanged(caseId, id);
            };
        if (notify) // a participant is part of its entry, which the timeline re-reads anyway
            workspace.afterCommit(std::move(notify));
    }
}

} // namespace leverage

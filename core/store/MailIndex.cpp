#include "core/store/MailIndex.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"

namespace leverage {

Result<bool> MailIndex::contains(Workspace &workspace, RowId caseId, const QString &messageId)
{
    Statement find(workspace.database(), QStringLiteral("SELECT count(*) FROM mail_messages WHERE "
                                                        "case_id = :case AND message_id = :id"));
    find.bind(QStringLiteral(":case"), caseId).bind(QStringLiteral(":id"), messageId);
    if (auto status = find.exec(); !status)
        return status.error();
    find.next();
    return find.value(0).toInt() > 0;
}

Status MailIndex::record(Workspace &workspace, RowId entryId, RowId caseId,
                         const QString &messageId)
{
    Statement insert(workspace.database(),
                     QStringLiteral("INSERT INTO mail_messages (entry_id, case_id, message_id) "
                                    "VALUES (:entry, :case, :id)"));
    insert.bind(QStringLiteral(":entry"), entryId)
        .bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":id"), messageId);
    return insert.exec();
}

Result<RowId> MailIndex::contactWithAddress(Workspace &workspace, const QString &address)
{
    Statement find(workspace.database(),
                   QStringLiteral("SELECT id FROM contacts WHERE lower(email) = lower(:address) "
                                  "OR instr(lower(other_emails), lower(:quoted)) > 0 "
                                  "ORDER BY id LIMIT 1"));
    // Other e-mails are a JSON list: the address whole, in quotes.
    find.bind(QStringLiteral(":address"), address)
        .bind(QStringLiteral(":quoted"), QLatin1Char('"') + address + QLatin1Char('"'));
    if (auto status = find.exec(); !status)
        return status.error();
    return find.next() ? find.value(0).toLongLong() : RowId(0);
}

} // namespace leverage

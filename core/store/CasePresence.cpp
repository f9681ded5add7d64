#include "core/store/CasePresence.h"

#include "core/store/ServerLogin.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

namespace leverage {

QString CasePresence::me() const
{
    return serverLoginOf(m_workspace).user;
}

Status CasePresence::announce(RowId caseId)
{
    return write(caseId,
                 QStringLiteral("INSERT INTO case_presence (case_id, user_name, heartbeat_at) "
                                "VALUES (:case, :who, :now) ON CONFLICT (case_id, user_name) DO "
                                "UPDATE SET heartbeat_at = excluded.heartbeat_at"));
}

Status CasePresence::withdraw(RowId caseId)
{
    return write(caseId, QStringLiteral("DELETE FROM case_presence WHERE case_id = :case AND "
                                        "user_name = :who"));
}

Status CasePresence::write(RowId caseId, const QString &sql)
{
    const auto who = me();
    if (who.isEmpty())
        return {};
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":case"), caseId).bind(QStringLiteral(":who"), who);
    if (sql.contains(QLatin1String(":now")))
        statement.bind(QStringLiteral(":now"), m_workspace.nowMs());
    if (auto status = statement.exec(); !status)
        return status;
    return transaction.commit();
}

Result<QStringList> CasePresence::othersOnCall(RowId caseId)
{
    QStringList others;
    const auto who = me();
    if (who.isEmpty())
        return others;
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT user_name FROM case_presence WHERE case_id = :case "
                                       "AND user_name <> :who AND heartbeat_at >= :since ORDER "
                                       "BY user_name"));
    statement.bind(QStringLiteral(":case"), caseId)
        .bind(QStringLiteral(":who"), who)
        .bind(QStringLiteral(":since"), m_workspace.nowMs() - kStaleMs);
    if (auto status = statement.exec(); !status)
        return status.error();
    while (statement.next())
        others << statement.value(0).toString();
    return others;
}

} // namespace leverage

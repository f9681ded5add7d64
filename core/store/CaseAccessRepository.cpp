#include "core/store/CaseAccessRepository.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage {

Result<CaseAccess> CaseAccessRepository::get(RowId caseId)
{
    CaseAccess access;
    Statement privacy(m_workspace.database(),
                      QStringLiteral("SELECT is_private FROM cases WHERE id = :id LIMIT 1"));
    privacy.bind(QStringLiteral(":id"), caseId);
    if (auto status = privacy.exec(); !status)
        return status.error();
    if (!privacy.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That case no longer exists.")};
    access.isPrivate = privacy.value(0).toInt() != 0;
    Statement advocates(m_workspace.database(),
                        QStringLiteral("SELECT user_name FROM case_advocates WHERE case_id = :id "
                                       "ORDER BY user_name"));
    advocates.bind(QStringLiteral(":id"), caseId);
    if (auto status = advocates.exec(); !status)
        return status.error();
    while (advocates.next())
        access.advocates << advocates.value(0).toString();
    return access;
}

Status CaseAccessRepository::set(RowId caseId, const CaseAccess &access)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    const auto refused = [](const Status &status) -> Status {
        if (status.code() != Error::Code::ReadOnly) // the server's "permission denied"
            return status;
        return Error{Error::Code::ReadOnly,
                     QCoreApplication::translate(
                         "leverage", "The server did not let you change who may see this case: "
                                     "assigning advocates is for supervisors. Nothing was "
                                     "changed.")};
    };
    Statement privacy(m_workspace.database(),
                      QStringLiteral("UPDATE cases SET is_private = :private WHERE id = :id"));
    privacy.bind(QStringLiteral(":private"), access.isPrivate ? 1 : 0)
        .bind(QStringLiteral(":id"), caseId);
    if (auto status = privacy.exec(); !status)
        return refused(status);
    if (auto stored = get(caseId); stored && stored->advocates != access.advocates) {
        Statement clear(m_workspace.database(),
                        QStringLiteral("DELETE FROM case_advocates WHERE case_id = :id"));
        clear.bind(QStringLiteral(":id"), caseId);
        if (auto status = clear.exec(); !status)
            return refused(status);
        Statement add(m_workspace.database(),
                      QStringLiteral("INSERT INTO case_advocates (case_id, user_name) VALUES "
                                     "(:id, :who)"));
        for (const auto &who : access.advocates) {
            add.bind(QStringLiteral(":id"), caseId).bind(QStringLiteral(":who"), who);
            if (auto status = add.exec(); !status)
                return refused(status);
        }
    }
    return transaction.commit();
}

} // namespace leverage

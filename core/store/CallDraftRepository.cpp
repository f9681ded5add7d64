#include "core/store/CallDraftRepository.h"

namespace leverage {
namespace {

TableMapping<CallDraft> callDraftMapping()
{
    TableMapping<CallDraft> m(QStringLiteral("call_drafts"));
    m.link(QStringLiteral("case_id"), &CallDraft::caseId)
        .instant(QStringLiteral("started"), &CallDraft::startedAt)
        .text(QStringLiteral("payload"), &CallDraft::payload);
    return m;
}

} // namespace

CallDraftRepository::CallDraftRepository(Workspace &workspace)
    : Repository(workspace, callDraftMapping(), {})
{
}

Result<QList<CallDraft>> CallDraftRepository::all() const
{
    return m_table.select(QStringLiteral("ORDER BY started_at, id"));
}

Status CallDraftRepository::savePayload(RowId draftId, RowId caseId, const QString &payload)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(
        m_workspace.database(),
        QStringLiteral("UPDATE call_drafts SET payload = :payload, case_id = :case, "
                       "updated_at = :now, version = version + 1 WHERE id = :id"));
    statement.bind(QStringLiteral(":payload"), payload)
        .bind(QStringLiteral(":case"),
              caseId > 0 ? QVariant(caseId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":now"), m_workspace.nowMs())
        .bind(QStringLiteral(":id"), draftId);
    if (auto status = statement.exec(); !status)
        return status;
    if (statement.rowsAffected() != 1)
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "The call's draft no longer exists.")};
    return transaction.commit();
}

} // namespace leverage

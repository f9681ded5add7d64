#include "store/CallDraftRepository.h"

namespace leverage {
namespace {

TableMapping<CallDraft> mapping()
{
    TableMapping<CallDraft> m(QStringLiteral("call_drafts"));
    m.link(QStringLiteral("case_id"), &CallDraft::caseId)
        .instant(QStringLiteral("started"), &CallDraft::startedAt)
        .text(QStringLiteral("payload"), &CallDraft::payload);
    return m;
}

} // namespace

CallDraftRepository::CallDraftRepository(Workspace &workspace)
    : Repository(workspace, mapping(), {})
{
}

Result<QList<CallDraft>> CallDraftRepository::all() const
{
    return m_table.select(QStringLiteral("ORDER BY started_at, id"));
}

} // namespace leverage

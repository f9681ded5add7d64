#include "core/store/EscalationRepository.h"

namespace leverage {
namespace {

TableMapping<EscalationStep> escalationMapping()
{
    TableMapping<EscalationStep> m(QStringLiteral("escalation_steps"));
    m.link(QStringLiteral("case_id"), &EscalationStep::caseId)
        .integer(QStringLiteral("position"), &EscalationStep::position)
        .enumeration(QStringLiteral("level"), &EscalationStep::level, &escalationLevelKey,
                     &escalationLevelFromKey)
        .link(QStringLiteral("contact_id"), &EscalationStep::contactId)
        .link(QStringLiteral("organization_id"), &EscalationStep::organizationId)
        .text(QStringLiteral("target_text"), &EscalationStep::targetText)
        .enumeration(QStringLiteral("status"), &EscalationStep::status, &escalationStatusKey,
                     &escalationStatusFromKey)
        .date(QStringLiteral("target_date"), &EscalationStep::targetDate)
        .instant(QStringLiteral("reached"), &EscalationStep::reachedAt)
        .instant(QStringLiteral("done"), &EscalationStep::doneAt)
        .text(QStringLiteral("note"), &EscalationStep::note);
    return m;
}

} // namespace

EscalationRepository::EscalationRepository(Workspace &workspace)
    : Repository(workspace, escalationMapping(),
                 {[&workspace](const EscalationStep &s) {
                      Q_EMIT workspace.escalationStepAdded(s.caseId, s.meta.id);
                  },
                  [&workspace](const EscalationStep &s) {
                      Q_EMIT workspace.escalationStepChanged(s.caseId, s.meta.id);
                  },
                  [&workspace](const EscalationStep &s) {
                      Q_EMIT workspace.escalationStepRemoved(s.caseId, s.meta.id);
                  }})
{
}

Result<QList<EscalationStep>> EscalationRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY position, id"),
                          {{QStringLiteral(":case"), caseId}});
}

Status EscalationRepository::append(EscalationStep &step)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto count = m_table.count(QStringLiteral("WHERE case_id = :case"),
                               {{QStringLiteral(":case"), step.caseId}});
    if (!count)
        return count.status();
    step.position = int(*count);
    if (auto status = add(step); !status)
        return status;
    return transaction.commit();
}

Status EscalationRepository::move(RowId stepId, int toIndex)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto step = get(stepId);
    if (!step)
        return step.status();
    auto path = forCase(step->caseId);
    if (!path)
        return path.status();
    QList<RowId> order;
    for (const auto &s : *path)
        if (s.meta.id != stepId)
            order.append(s.meta.id);
    order.insert(std::clamp(toIndex, 0, int(order.size())), stepId);
    if (auto status = renumber(step->caseId, order); !status)
        return status;
    const auto caseId = step->caseId;
    m_workspace.afterCommit([this, caseId] { Q_EMIT m_workspace.escalationPathReordered(caseId); });
    return transaction.commit();
}

Status EscalationRepository::afterWrite(const EscalationStep &step)
{
    // Keeps positions 0..n-1 after a removal; cheap for a path of a dozen steps.
    auto exists =
        m_table.count(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), step.meta.id}});
    if (!exists)
        return exists.status();
    if (*exists > 0)
        return {};
    auto path = forCase(step.caseId);
    if (!path)
        return path.status();
    QList<RowId> order;
    for (const auto &s : *path)
        order.append(s.meta.id);
    return renumber(step.caseId, order);
}

Status EscalationRepository::renumber(RowId caseId, const QList<RowId> &order)
{
    for (int position = 0; position < order.size(); ++position) {
        Statement statement(m_workspace.database(),
                            QStringLiteral("UPDATE escalation_steps SET position = :position, "
                                           "updated_at = :now, version = version + 1 "
                                           "WHERE id = :id AND case_id = :case "
                                           "AND position <> :position"));
        statement.bind(QStringLiteral(":position"), position)
            .bind(QStringLiteral(":now"), m_workspace.nowMs())
            .bind(QStringLiteral(":id"), order.at(position))
            .bind(QStringLiteral(":case"), caseId);
        if (auto status = statement.exec(); !status)
            return status;
    }
    return {};
}

} // namespace leverage

#include "core/store/CommitmentRepository.h"

#include "core/services/Clock.h"

namespace leverage {
namespace {

TableMapping<Commitment> commitmentMapping()
{
    TableMapping<Commitment> m(QStringLiteral("commitments"));
    m.link(QStringLiteral("case_id"), &Commitment::caseId)
        .link(QStringLiteral("entry_id"), &Commitment::entryId)
        .link(QStringLiteral("contact_id"), &Commitment::contactId)
        .text(QStringLiteral("made_by_name"), &Commitment::madeByName)
        .text(QStringLiteral("what"), &Commitment::what)
        .instant(QStringLiteral("made"), &Commitment::madeAt)
        .instant(QStringLiteral("due"), &Commitment::dueAt)
        .instant(QStringLiteral("due_from"), &Commitment::dueFrom)
        .enumeration(QStringLiteral("due_form"), &Commitment::dueForm, &dueFormKey, &dueFormFromKey)
        .integer(QStringLiteral("due_within_minutes"), &Commitment::dueWithinMinutes)
        .link(QStringLiteral("actor_id"), &Commitment::actorId)
        .text(QStringLiteral("actor_name"), &Commitment::actorName)
        .enumeration(QStringLiteral("status"), &Commitment::status, &commitmentStatusKey,
                     &commitmentStatusFromKey)
        .instant(QStringLiteral("status_changed"), &Commitment::statusChangedAt)
        .text(QStringLiteral("status_note"), &Commitment::statusNote);
    return m;
}

} // namespace

CommitmentRepository::CommitmentRepository(Workspace &workspace)
    : Repository(workspace, commitmentMapping(),
                 {[&workspace](const Commitment &c) {
                      Q_EMIT workspace.commitmentAdded(c.caseId, c.meta.id);
                  },
                  [&workspace](const Commitment &c) {
                      Q_EMIT workspace.commitmentChanged(c.caseId, c.meta.id);
                  },
                  [&workspace](const Commitment &c) {
                      Q_EMIT workspace.commitmentRemoved(c.caseId, c.meta.id);
                  }},
                 /*sealed=*/true)
{
}

Result<QList<Commitment>> CommitmentRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY made_at, id"),
                          {{QStringLiteral(":case"), caseId}});
}

Result<QList<Commitment>> CommitmentRepository::forContact(RowId contactId) const
{
    return m_table.select(QStringLiteral("WHERE contact_id = :contact ORDER BY made_at DESC, id"),
                          {{QStringLiteral(":contact"), contactId}});
}

Result<QList<Commitment>> CommitmentRepository::all() const
{
    return m_table.select(
        QStringLiteral("ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at, id"));
}

Result<qint64> CommitmentRepository::count(RowId caseId) const
{
    return m_table.count(QStringLiteral("WHERE case_id = :case"),
                         {{QStringLiteral(":case"), caseId}});
}

Status CommitmentRepository::setStatus(RowId commitmentId, CommitmentStatus status,
                                       const QString &note)
{
    auto commitment = get(commitmentId);
    if (!commitment)
        return commitment.status();
    commitment->status = status;
    commitment->statusNote = note;
    commitment->statusChangedAt = Instant::fromDateTime(m_workspace.clock().now());
    return update(*commitment);
}

} // namespace leverage

#include "core/store/FollowUpRepository.h"

namespace leverage {
namespace {

TableMapping<FollowUp> followUpMapping()
{
    TableMapping<FollowUp> m(QStringLiteral("follow_ups"));
    m.link(QStringLiteral("case_id"), &FollowUp::caseId)
        .link(QStringLiteral("contact_id"), &FollowUp::contactId)
        .link(QStringLiteral("commitment_id"), &FollowUp::commitmentId)
        .text(QStringLiteral("what"), &FollowUp::what)
        .instant(QStringLiteral("due"), &FollowUp::dueAt)
        .instant(QStringLiteral("due_from"), &FollowUp::dueFrom)
        .enumeration(QStringLiteral("due_form"), &FollowUp::dueForm, &dueFormKey, &dueFormFromKey)
        .integer(QStringLiteral("due_within_minutes"), &FollowUp::dueWithinMinutes)
        .instant(QStringLiteral("done"), &FollowUp::doneAt)
        .instant(QStringLiteral("snoozed_until"), &FollowUp::snoozedUntil)
        .text(QStringLiteral("notes"), &FollowUp::notes);
    return m;
}

} // namespace

FollowUpRepository::FollowUpRepository(Workspace &workspace)
    : Repository(
          workspace, followUpMapping(),
          {[&workspace](const FollowUp &f) { Q_EMIT workspace.followUpAdded(f.caseId, f.meta.id); },
           [&workspace](const FollowUp &f) {
               Q_EMIT workspace.followUpChanged(f.caseId, f.meta.id);
           },
           [&workspace](const FollowUp &f) {
               Q_EMIT workspace.followUpRemoved(f.caseId, f.meta.id);
           }})
{
}

Result<QList<FollowUp>> FollowUpRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY due_at, id"),
                          {{QStringLiteral(":case"), caseId}});
}

Result<QList<FollowUp>> FollowUpRepository::open() const
{
    return m_table.select(QStringLiteral("WHERE done_at IS NULL ORDER BY CASE WHEN due_at IS NULL "
                                         "THEN 1 ELSE 0 END, due_at, id"));
}

} // namespace leverage

#include "core/store/ClockTriggerRepository.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage {
namespace {

using clocks::ClockTrigger;

TableMapping<ClockTrigger> clockTriggerMapping()
{
    TableMapping<ClockTrigger> m(QStringLiteral("clock_triggers"));
    m.link(QStringLiteral("case_id"), &ClockTrigger::caseId)
        .text(QStringLiteral("route"), &ClockTrigger::route)
        .text(QStringLiteral("event"), &ClockTrigger::event)
        .date(QStringLiteral("sent_on"), &ClockTrigger::sentOn)
        .date(QStringLiteral("received_on"), &ClockTrigger::receivedOn)
        .link(QStringLiteral("entry_id"), &ClockTrigger::entryId)
        .text(QStringLiteral("note"), &ClockTrigger::note);
    return m;
}

} // namespace

ClockTriggerRepository::ClockTriggerRepository(Workspace &workspace)
    : Repository(workspace, clockTriggerMapping(),
                 {[&workspace](const ClockTrigger &t) { Q_EMIT workspace.caseChanged(t.caseId); },
                  [&workspace](const ClockTrigger &t) { Q_EMIT workspace.caseChanged(t.caseId); },
                  [&workspace](const ClockTrigger &t) { Q_EMIT workspace.caseChanged(t.caseId); }})
{
}

Result<QList<ClockTrigger>> ClockTriggerRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY id"),
                          {{QStringLiteral(":case"), caseId}});
}

Result<QList<ClockTrigger>> ClockTriggerRepository::all() const
{
    return m_table.select(QStringLiteral("ORDER BY case_id, id"));
}

Status ClockTriggerRepository::validate(const ClockTrigger &trigger) const
{
    if (trigger.caseId <= 0 || trigger.event.isEmpty() ||
        (!trigger.sentOn.isValid() && !trigger.receivedOn.isValid()))
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate(
                         "leverage", "A clock's event needs a case, what happened and a date.")};
    return {};
}

} // namespace leverage

#include "ui/models/outcomes/TroubleCostCommand.h"

#include "core/store/TroubleCostRepository.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <QCoreApplication>

namespace leverage::models {

TroubleCostCommand::TroubleCostCommand(Workspace &workspace, RowId caseId, Costs after)
    : UndoCommand(QCoreApplication::translate("leverage::models", "Edit time and trouble costs")),
      m_workspace(workspace), m_caseId(caseId), m_after(std::move(after))
{
}

Result<TroubleCostCommand::Costs> TroubleCostCommand::read(Workspace &workspace, RowId caseId)
{
    const TroubleCostRepository repository(workspace);
    auto costs = repository.costs(caseId);
    if (!costs)
        return costs.error();
    auto hourly = repository.hourlyValue();
    if (!hourly)
        return hourly.error();
    return Costs{std::move(*costs), *hourly};
}

Status TroubleCostCommand::doRedo()
{
    if (!m_before) {
        auto before = read(m_workspace, m_caseId);
        if (!before)
            return before.status();
        if (auto status = write(m_after, *before); !status)
            return status;
        m_before = std::move(*before);
        return {};
    }
    return write(m_after, *m_before);
}

Status TroubleCostCommand::doUndo()
{
    return write(*m_before, m_after);
}

Status TroubleCostCommand::write(const Costs &to, const Costs &from)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    TroubleCostRepository repository(m_workspace);
    if (to.costs != from.costs)
        if (auto status = repository.setCosts(m_caseId, to.costs); !status)
            return status;
    if (to.hourly != from.hourly)
        if (auto status = repository.setHourlyValue(to.hourly); !status)
            return status;
    return transaction.commit();
}

} // namespace leverage::models

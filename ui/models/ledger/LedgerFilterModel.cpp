#include "ui/models/ledger/LedgerFilterModel.h"

#include "core/domain/CommitmentStatus.h"
#include "core/ledger/Dueness.h"
#include "ui/models/common/ModelRoles.h"

namespace leverage::models {

LedgerFilterModel::LedgerFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

template <typename T> void LedgerFilterModel::change(T &member, T value)
{
    if (member == value)
        return;
    member = value;
    invalidateFilter();
}

void LedgerFilterModel::setDueFilter(DueFilter filter)
{
    change(m_dueFilter, filter);
}

void LedgerFilterModel::setOrganizationId(RowId organizationId)
{
    change(m_organizationId, organizationId);
}

void LedgerFilterModel::setContactId(RowId contactId)
{
    change(m_contactId, contactId);
}

void LedgerFilterModel::setCaseId(RowId caseId)
{
    change(m_caseId, caseId);
}

bool LedgerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto id = [&](int role) { return index.data(role).value<RowId>(); };
    if (m_organizationId > 0 && id(OrganizationIdRole) != m_organizationId)
        return false;
    if (m_contactId > 0 && id(ContactIdRole) != m_contactId)
        return false;
    if (m_caseId > 0 && id(CaseIdRole) != m_caseId)
        return false;
    const auto dueness = Dueness(index.data(DuenessRole).toInt());
    switch (m_dueFilter) {
    case DueFilter::All:
        return true;
    case DueFilter::Overdue:
        return dueness == Dueness::Overdue;
    case DueFilter::DueThisWeek:
        return dueness == Dueness::DueNow || dueness == Dueness::DueToday ||
               dueness == Dueness::DueThisWeek;
    case DueFilter::Pending:
        return CommitmentStatus(index.data(StatusRole).toInt()) == CommitmentStatus::Pending;
    }
    return true;
}

} // namespace leverage::models

#pragma once

#include "core/domain/Ids.h"

#include <QSortFilterProxyModel>

namespace leverage::models {

// The ledger's filters over a LedgerModel: by due-ness (overdue, due this week, pending) and
// by organization, person and case (0: any). Sorts by the model's SortRole.
class LedgerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerFilterModel)

public:
    enum class DueFilter
    {
        All,
        Overdue,
        DueThisWeek,
        Pending
    };

    explicit LedgerFilterModel(QObject *parent = nullptr);

    DueFilter dueFilter() const { return m_dueFilter; }
    void setDueFilter(DueFilter filter);
    void setOrganizationId(RowId organizationId);
    void setContactId(RowId contactId);
    void setCaseId(RowId caseId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    template <typename T> void change(T &member, T value);

    DueFilter m_dueFilter = DueFilter::All;
    RowId m_organizationId = 0;
    RowId m_contactId = 0;
    RowId m_caseId = 0;
};

} // namespace leverage::models

#pragma once

#include "core/store/CaseQuery.h"
#include "core/store/CaseRepository.h"

#include "ui/models/common/PagedTableModel.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The cases list: one page of 200 rows at a time from CaseRepository::page, in the order of
// its CaseQuery. Follows the workspace's case signals with fine-grained begin…/end… calls.
class CaseListModel final : public PagedTableModel<CaseSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column
    {
        TitleColumn,
        OrganizationColumn,
        StatusColumn,
        OpenedColumn,
        LastActivityColumn,
        ColumnCount
    };

    explicit CaseListModel(Workspace &workspace, QObject *parent = nullptr);

    // Replaces the filter and order and reloads the first page (a model reset).
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }

    RowId caseIdAt(int row) const;               // 0 when the row is not loaded
    const CaseSummary *summaryAt(int row) const; // nullptr when the row is not loaded
    int rowOfCase(RowId caseId) const;           // -1 when not among the loaded rows

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Maps the column to CaseQuery::SortBy and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Result<qint64> countRows() const override;
    Result<QList<CaseSummary>> readPage(int offset, int limit) const override;
    RowId idOf(const CaseSummary &row) const override;
    void onCaseChanged(RowId caseId);
    void onCaseRemoved(RowId caseId);

    Workspace &m_workspace;
    CaseQuery m_query;
};

} // namespace leverage::models

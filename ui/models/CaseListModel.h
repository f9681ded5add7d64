#pragma once

#include "store/CaseQuery.h"
#include "store/CaseRepository.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The cases list: one page of 200 rows at a time from CaseRepository::page, in the order of
// its CaseQuery. Follows the workspace's case signals with fine-grained begin…/end… calls.
class CaseListModel final : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit CaseListModel(Workspace &workspace, QObject *parent = nullptr);

    // Replaces the filter and order and reloads the first page (a model reset).
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // How many cases match the query (loaded or not).
    qint64 totalCount() const { return m_total; }

    RowId caseIdAt(int row) const;               // 0 when the row is not loaded
    const CaseSummary *summaryAt(int row) const; // nullptr when the row is not loaded
    int rowOfCase(RowId caseId) const;           // -1 when not among the loaded rows

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Maps the column to CaseQuery::SortBy and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A read failed; the message is a sentence for the user (the log has the detail).
    void loadFailed(const QString &message);

private:
    void reload();
    void onCaseAdded(RowId caseId);
    void onCaseChanged(RowId caseId);
    void onCaseRemoved(RowId caseId);
    void insertLoaded(int row, const CaseSummary &summary);
    void removeLoaded(int row);

    Workspace &m_workspace;
    CaseQuery m_query;
    QList<CaseSummary> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // see ChangeGuard
};

} // namespace leverage::models

#pragma once

#include "domain/TimelineEntry.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// One case's timeline, oldest or newest first, loaded in pages of 200 from
// TimelineRepository::page. Follows entryAdded/Changed/Removed of its case and bulkChange.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Column
    {
        WhenColumn,
        ChannelColumn,
        PersonColumn,
        ReferenceColumn,
        SummaryColumn,
        DurationColumn,
        HoldColumn,
        EffortColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit TimelineModel(Workspace &workspace, QObject *parent = nullptr);

    void setCaseId(RowId caseId); // 0: no case, an empty model
    RowId caseId() const { return m_caseId; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    qint64 totalCount() const { return m_total; }

    // The entry at a loaded row (a default entry when the row is out of range).
    TimelineEntry entryAt(int row) const;
    int rowOfEntry(RowId entryId) const; // -1 when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload();
    void onEntryAdded(RowId caseId, RowId entryId);
    void onEntryChanged(RowId caseId, RowId entryId);
    void onEntryRemoved(RowId caseId, RowId entryId);
    void removeLoaded(int row);

    Workspace &m_workspace;
    RowId m_caseId = 0;
    bool m_newestFirst = false;
    QList<TimelineEntry> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // see ChangeGuard
};

} // namespace leverage::models

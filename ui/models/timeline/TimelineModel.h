#pragma once

#include "core/domain/TimelineEntry.h"
#include "core/store/TimelineRepository.h"

#include "ui/models/common/PagedTableModel.h"

namespace leverage {
class Workspace;
}

namespace leverage::models {

// One case's timeline, oldest or newest first, loaded in pages of 200 from
// TimelineRepository::page. Follows entryAdded/Changed/Removed of its case and bulkChange.
class TimelineModel final : public PagedTableModel<TimelineEntry>
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

    explicit TimelineModel(Workspace &workspace, QObject *parent = nullptr);

    void setCaseId(RowId caseId); // 0: no case, an empty model
    RowId caseId() const { return m_caseId; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }

    // The entry at a loaded row (a default entry when the row is out of range).
    TimelineEntry entryAt(int row) const;
    int rowOfEntry(RowId entryId) const; // -1 when not loaded

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Result<qint64> countRows() const override;
    Result<QList<TimelineEntry>> readPage(int offset, int limit) const override;
    RowId idOf(const TimelineEntry &row) const override;
    void onEntryChanged(RowId caseId, RowId entryId);
    void onEntryRemoved(RowId caseId, RowId entryId);
    // "with Mark Rivera; cc Dana Holt" for the loaded entries that have other people.
    void rememberOthers(const QHash<RowId, QList<EntryParticipant>> &participants) const;

    Workspace &m_workspace;
    mutable QHash<RowId, QString> m_others; // read with each page, beside it
    RowId m_caseId = 0;
    bool m_newestFirst = false;
};

} // namespace leverage::models

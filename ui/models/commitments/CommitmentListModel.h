#pragma once

#include "core/domain/Commitment.h"

#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// A case's commitments in the order they were made (a case has a handful: loaded at once).
// A broken promise is flagged in the text ("⚠ Broken"), not by colour alone.
class CommitmentListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentListModel)

public:
    enum Column
    {
        WhatColumn,
        MadeByColumn,
        MadeColumn,
        DueColumn,
        StatusColumn,
        StatusChangedColumn,
        ColumnCount
    };

    explicit CommitmentListModel(Workspace &workspace, QObject *parent = nullptr);

    void setCaseId(RowId caseId); // 0: no case
    RowId caseId() const { return m_caseId; }
    Commitment commitmentAt(int row) const; // a default commitment when out of range
    int rowOfCommitment(RowId commitmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onAdded(RowId caseId, RowId commitmentId);
    void onChanged(RowId caseId, RowId commitmentId);
    void onRemoved(RowId caseId, RowId commitmentId);

    Workspace &m_workspace;
    RowId m_caseId = 0;
    QList<Commitment> m_rows;
};

} // namespace leverage::models

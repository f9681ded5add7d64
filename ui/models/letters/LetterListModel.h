#pragma once

#include "core/letters/Letter.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// A case's letters, newest first: drafts and sent ones (a case has a handful: read whole
// again on each change of its letters).
class LetterListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterListModel)

public:
    enum Column
    {
        SubjectColumn,
        KindColumn,
        ToColumn,
        ToneColumn,
        StateColumn,
        DeadlineColumn,
        ColumnCount
    };

    explicit LetterListModel(Workspace &workspace, QObject *parent = nullptr);

    void setCaseId(RowId caseId); // 0: no case
    RowId caseId() const { return m_caseId; }
    Letter letterAt(int row) const; // a default letter when out of range
    int rowOfLetter(RowId letterId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onLetter(RowId caseId);

    Workspace &m_workspace;
    RowId m_caseId = 0;
    QList<Letter> m_rows;
    QHash<RowId, QString> m_names; // addressees by contact id
};

} // namespace leverage::models

#pragma once

#include "core/domain/Commitment.h"
#include "core/ledger/LedgerLookup.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>
#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Every commitment of every case: what, by whom (position, organization), case, made, due,
// status and when it changed. Overdue promises say so in the Due column's text (not by
// colour alone) and are drawn in a warning colour. An adapter: rows follow the workspace's
// commitment signals one by one; names follow case, contact and organization changes.
// Empty until ensureLoaded(): the pane reads every commitment when it is first seen, not at
// start-up; before that, changes are not followed (the first load reads them anyway). A failed
// read leaves it empty and says so (loadFailed()), so the pane never claims "no promises yet".
class LedgerModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerModel)

public:
    // The order a person scans in: what, when due and where it stands, then who and where.
    enum Column
    {
        What,
        Due,
        Status,
        MadeBy,
        Position,
        Organization,
        CaseTitle,
        Made,
        StatusChanged,
        ColumnCount
    };

    explicit LedgerModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Commitment &commitmentAt(int row) const { return m_rows.at(row); }
    int rowOf(RowId commitmentId) const;

public Q_SLOTS:
    // Reads the commitments unless they were read already (or tries again after a failure).
    void ensureLoaded();
    // Reads the commitments again; the load state says how that went.
    void reload();
    // Time moved on: overdue marks are recomputed from the workspace clock.
    void refreshDueness();

private:
    void onAdded(RowId commitmentId);
    void onChanged(RowId commitmentId);
    void onRemoved(RowId commitmentId);
    void namesChanged();
    void reloadIfLoaded();
    QVariant display(const Commitment &commitment, int column) const;

    Workspace &m_workspace;
    mutable LedgerLookup m_lookup;
    QList<Commitment> m_rows;
};

} // namespace leverage::models

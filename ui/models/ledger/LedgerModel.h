#pragma once

#include "domain/Commitment.h"
#include "ledger/LedgerLookup.h"

#include <QAbstractTableModel>
#include <QList>

namespace leverage {
class Workspace;
}

namespace leverage::models::ledger {

// Every commitment of every case: what, by whom (position, organization), case, made, due,
// status and when it changed. Overdue promises say so in the Due column's text (not by
// colour alone) and are drawn in a warning colour. An adapter: rows follow the workspace's
// commitment signals one by one; names follow case, contact and organization changes.
class LedgerModel final : public QAbstractTableModel
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
    // "2026-03-02 17:00" in this machine's local time.
    static QString formatTime(const Instant &instant);

public Q_SLOTS:
    void reload();
    // Time moved on: overdue marks are recomputed from the workspace clock.
    void refreshDueness();

private:
    void onAdded(RowId commitmentId);
    void onChanged(RowId commitmentId);
    void onRemoved(RowId commitmentId);
    void namesChanged();
    QVariant display(const Commitment &commitment, int column) const;

    Workspace &m_workspace;
    mutable LedgerLookup m_lookup;
    QList<Commitment> m_rows;
};

} // namespace leverage::models::ledger

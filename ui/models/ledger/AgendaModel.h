#pragma once

#include "core/ledger/FollowUpAgenda.h"
#include "core/ledger/LedgerLookup.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractItemModel>
#include <functional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The agenda as a tree: five bucket rows (overdue, due now, today, this week, later), each with its
// open follow-ups under it, soonest first (what, due, case, person). Done ones leave; a
// snoozed one moves to where its snooze ends. Any follow-up change can move rows between
// buckets, so the tree is rebuilt (a model reset) on change: views re-expand on modelReset.
// The buckets stay empty until ensureLoaded(): the pane reads the follow-ups when it is first
// seen, not at start-up; changes before that need no rebuild (the first load reads them).
// A failed read leaves the buckets empty and says so (loadFailed()): the pane shows the
// failure, not five empty buckets.
class AgendaModel final : public QAbstractItemModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Column
    {
        What,
        Due,
        CaseTitle,
        With,
        ColumnCount
    };

    explicit AgendaModel(Workspace &workspace, QObject *parent = nullptr);

    // Dated rows of other features among the follow-ups, read with them: the clocks' dates
    // (issue 19). They are not stored (IdRole 0): done and snooze leave them alone.
    using DatedRows = std::function<Result<QList<FollowUp>>()>;
    void setDatedRows(DatedRows rows);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The follow-up at an index, or null on a bucket row.
    const FollowUp *followUpAt(const QModelIndex &index) const;
    QModelIndex indexOf(RowId followUpId) const;
    const FollowUpAgenda &agenda() const { return m_agenda; }

public Q_SLOTS:
    // Reads the follow-ups unless they were read already (or tries again after a failure).
    void ensureLoaded();
    // Re-reads the follow-ups and re-sorts them at the workspace clock's now; the load state
    // says how that went.
    void reload();
    // Time moved on, or a follow-up changed: re-sorts, if anything was read yet.
    void reloadIfLoaded();

private:
    Workspace &m_workspace;
    mutable LedgerLookup m_lookup;
    FollowUpAgenda m_agenda;
    DatedRows m_datedRows;
};

} // namespace leverage::models

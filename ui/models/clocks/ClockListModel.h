#pragma once

#include "core/clocks/CaseClock.h"
#include "core/domain/Ids.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The clocks of one case (the Clocks pane): the rule, its trigger and date, the due date and
// the countdown, what happens then, the legal basis and how sure the rule is. Follows the
// case's changes (triggers, jurisdiction) and rule edits (a bulk change).
class ClockListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockListModel)

public:
    enum Column
    {
        RuleColumn,
        DueColumn, // the date beside the rule: the pane is narrow and the date is what counts
        CountdownColumn,
        TriggerColumn,
        EffectColumn,
        RouteColumn,
        BasisColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
        StateRole,     // CaseClock::State as int
        SourceUrlRole, // the rule's source link
        TriggerIdRole, // the trigger row counted from (0: none)
        DueDateRole    // QDate
    };

    explicit ClockListModel(Workspace &workspace, QObject *parent = nullptr);

    void setCaseId(RowId caseId);
    RowId caseId() const { return m_caseId; }
    const QList<clocks::CaseClock> &clocks() const { return m_clocks; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    RowId m_caseId = 0;
    QDate m_today;
    QList<clocks::CaseClock> m_clocks;
};

} // namespace leverage::models

#pragma once

#include "core/clocks/ClockRuleSet.h"

#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Every clock rule (shipped, edited, the user's own, switched off) for the rules dialog.
class ClockRuleListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockRuleListModel)

public:
    enum Column
    {
        TitleColumn,
        WhereColumn,
        PeriodColumn,
        BodyColumn,
        ConfidenceColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
        OriginRole // clocks::ClockRuleSet::Origin as int
    };

    explicit ClockRuleListModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    const clocks::ClockRuleSet::Entry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString &ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<clocks::ClockRuleSet::Entry> m_entries;
};

} // namespace leverage::models

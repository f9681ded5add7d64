#include "ui/models/calls/CallChecklistModel.h"

#include "ui/models/calls/LiveCall.h"

namespace leverage::models {

CallChecklistModel::CallChecklistModel(const LiveCall &call, QObject *parent)
    : QAbstractListModel(parent), m_call(call), m_entries(CallChecklist::evaluate(call.state()))
{
    connect(&call, &LiveCall::changed, this, &CallChecklistModel::refresh);
    connect(&call, &LiveCall::callStarted, this, &CallChecklistModel::refresh);
    connect(&call, &LiveCall::callStopped, this, &CallChecklistModel::refresh);
}

int CallChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CallChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.detail.isEmpty() ? entry.label
                                      : QStringLiteral("%1 (%2)").arg(entry.label, entry.detail);
    case Qt::CheckStateRole:
        return entry.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return entry.done ? tr("Captured") : tr("Not captured yet");
    case Qt::UserRole + 1:
        return int(entry.item);
    default:
        return {};
    }
}

Qt::ItemFlags CallChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

int CallChecklistModel::doneCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](auto &e) { return e.done; }));
}

// The items are fixed; only their state and detail change, row by row.
void CallChecklistModel::refresh()
{
    const auto next = CallChecklist::evaluate(m_call.state());
    for (int row = 0; row < m_entries.size() && row < next.size(); ++row) {
        if (m_entries[row] == next[row])
            continue;
        m_entries[row] = next[row];
        const auto at = index(row);
        Q_EMIT dataChanged(at, at, {Qt::DisplayRole, Qt::CheckStateRole, Qt::ToolTipRole});
    }
}

} // namespace leverage::models

#include "models/CommitmentListModel.h"

#include "store/Workspace.h"

namespace leverage::models {

CommitmentListModel::CommitmentListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

int CommitmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CommitmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
QVariant CommitmentListModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant CommitmentListModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace leverage::models

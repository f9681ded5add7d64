#include "models/TimelineModel.h"

#include "store/Workspace.h"

namespace leverage::models {

TimelineModel::TimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
QVariant TimelineModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant TimelineModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace leverage::models

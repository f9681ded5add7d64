#include "models/CaseListModel.h"

#include "store/Workspace.h"

namespace leverage::models {

CaseListModel::CaseListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
QVariant CaseListModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant CaseListModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}

} // namespace leverage::models

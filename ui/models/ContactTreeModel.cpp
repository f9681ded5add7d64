#include "models/ContactTreeModel.h"

#include "store/Workspace.h"

#include <QMimeData>

namespace leverage::models {

struct ContactTreeModel::Node
{
};

ContactTreeModel::ContactTreeModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
}
ContactTreeModel::~ContactTreeModel() = default;
QModelIndex ContactTreeModel::index(int, int, const QModelIndex &) const
{
    return {};
}
QModelIndex ContactTreeModel::parent(const QModelIndex &) const
{
    return {};
}
int ContactTreeModel::rowCount(const QModelIndex &) const
{
    return 0;
}
int ContactTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}
bool ContactTreeModel::hasChildren(const QModelIndex &) const
{
    return false;
}
QVariant ContactTreeModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant ContactTreeModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}
Qt::ItemFlags ContactTreeModel::flags(const QModelIndex &) const
{
    return {};
}
bool ContactTreeModel::canFetchMore(const QModelIndex &) const
{
    return false;
}
void ContactTreeModel::fetchMore(const QModelIndex &) {}
QStringList ContactTreeModel::mimeTypes() const
{
    return {};
}
QMimeData *ContactTreeModel::mimeData(const QModelIndexList &) const
{
    return nullptr;
}
Qt::DropActions ContactTreeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace leverage::models

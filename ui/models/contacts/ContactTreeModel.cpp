#include "ui/models/contacts/ContactTreeModel.h"

#include "core/store/ContactRepository.h"

// The half of ContactTreeModel that answers views; following the store is in
// ContactTreeModelSync.cpp.

#include "core/store/Workspace.h"
#include "ui/models/common/ChangeGuard.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/contacts/ContactIdsMime.h"
#include "ui/models/contacts/ContactTreeNode.h"

#include <QMimeData>
#include <algorithm>

namespace leverage::models {

ContactTreeModel::ContactTreeModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent), LoadStatus(tr("the contacts")), m_workspace(workspace)
{
    connect(&workspace, &Workspace::organizationAdded, this,
            &ContactTreeModel::onOrganizationAdded);
    connect(&workspace, &Workspace::organizationChanged, this,
            &ContactTreeModel::onOrganizationChanged);
    connect(&workspace, &Workspace::organizationRemoved, this,
            &ContactTreeModel::onOrganizationRemoved);
    connect(&workspace, &Workspace::contactAdded, this, &ContactTreeModel::onContactAdded);
    connect(&workspace, &Workspace::contactChanged, this, &ContactTreeModel::onContactChanged);
    connect(&workspace, &Workspace::contactRemoved, this, &ContactTreeModel::onContactRemoved);
    connect(&workspace, &Workspace::bulkChange, this, &ContactTreeModel::reload);
    reload();
}

ContactTreeModel::~ContactTreeModel() = default;

QModelIndex ContactTreeModel::indexOfOrganization(RowId organizationId) const
{
    return indexOfNode(m_organizationNodes.value(organizationId));
}

QModelIndex ContactTreeModel::indexOfContact(RowId contactId) const
{
    return indexOfNode(m_contactNodes.value(contactId));
}

QModelIndex ContactTreeModel::fetchContact(RowId contactId)
{
    if (const QModelIndex known = indexOfContact(contactId); known.isValid())
        return known;
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact)
        return {};
    const QModelIndex organization = indexOfOrganization(contact->organizationId);
    if (organization.isValid() && canFetchMore(organization))
        fetchMore(organization);
    return indexOfContact(contactId);
}

ContactTreeModel::Kind ContactTreeModel::kindOf(const QModelIndex &index) const
{
    const auto *node = nodeOf(index);
    return node ? node->kind : Kind::Organization;
}

RowId ContactTreeModel::idOf(const QModelIndex &index) const
{
    const auto *node = nodeOf(index);
    return node ? node->id : 0;
}

QList<RowId> ContactTreeModel::contactIdsFromMime(const QMimeData *mime)
{
    return ContactIdsMime::decode(mime);
}

ContactTreeModel::Node *ContactTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? static_cast<Node *>(index.internalPointer())
                                                    : nullptr;
}

QModelIndex ContactTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    const auto &siblings = node->parent ? node->parent->children : m_organizations;
    const auto it = std::find_if(siblings.begin(), siblings.end(),
                                 [node](const auto &sibling) { return sibling.get() == node; });
    if (it == siblings.end())
        return {};
    return createIndex(int(it - siblings.begin()), column, const_cast<Node *>(node));
}

QModelIndex ContactTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const auto *owner = nodeOf(parent);
    const auto &children = owner ? owner->children : m_organizations;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children[std::size_t(row)].get());
}

QModelIndex ContactTreeModel::parent(const QModelIndex &child) const
{
    const auto *node = nodeOf(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int ContactTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_organizations.size());
    if (parent.column() != 0)
        return 0;
    const auto *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int ContactTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ContactTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_organizations.empty();
    if (parent.column() != 0)
        return false;
    const auto *node = nodeOf(parent);
    if (!node)
        return false;
    // An organization not yet expanded may have people: offer to expand it.
    return !node->children.empty() || (node->kind == Kind::Organization && !node->fetched);
}

QVariant ContactTreeModel::data(const QModelIndex &index, int role) const
{
    const auto *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case PositionColumn:
            return node->position;
        case PhoneColumn:
            return node->phone;
        case ExtensionColumn:
            return node->extension;
        }
        return {};
    case IdRole:
        return node->id;
    case KindRole:
        return int(node->kind);
    case OrganizationIdRole:
        return node->organizationId;
    case SortRole:
        return index.column() == NameColumn ? QVariant(node->name.toLower()) : QVariant();
    }
    return {};
}

QVariant ContactTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case PhoneColumn:
        return tr("Phone");
    case ExtensionColumn:
        return tr("Extension");
    }
    return {};
}

Qt::ItemFlags ContactTreeModel::flags(const QModelIndex &index) const
{
    const auto *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    auto flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == Kind::Contact)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

bool ContactTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const auto *node = nodeOf(parent);
    return !m_changing && node && parent.column() == 0 && node->kind == Kind::Organization &&
           !node->fetched;
}

void ContactTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ChangeGuard changing(m_changing);
    reloadOrganizationContacts(nodeOf(parent));
}

QStringList ContactTreeModel::mimeTypes() const
{
    return {QLatin1String(kContactIdsMimeType)};
}

QMimeData *ContactTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<RowId> ids;
    for (const auto &index : indexes) {
        const auto *node = nodeOf(index);
        if (node && node->kind == Kind::Contact && !ids.contains(node->id))
            ids.append(node->id);
    }
    return ContactIdsMime::encode(ids);
}

Qt::DropActions ContactTreeModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace leverage::models

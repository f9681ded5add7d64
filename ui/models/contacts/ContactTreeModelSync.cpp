#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/ChangeGuard.h"
#include "ui/models/common/ReportError.h"
#include "ui/models/contacts/ContactTreeModel.h"
#include "ui/models/contacts/ContactTreeNode.h"

// The half of ContactTreeModel that follows the store: loading, and turning the workspace's
// organization and contact signals into begin…/end… calls. Reading is in ContactTreeModel.cpp.

namespace leverage::models {

namespace {

// Organizations by name (case folded), then id, as the store lists them.
bool sortsBefore(const QString &aName, RowId aId, const QString &bName, RowId bId)
{
    const int byName = QString::compare(aName, bName, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : aId < bId;
}

} // namespace

void ContactTreeModel::reload()
{
    ChangeGuard changing(m_changing);
    QString failure;
    beginResetModel();
    m_organizations.clear();
    m_organizationNodes.clear();
    m_contactNodes.clear();
    if (auto organizations = m_workspace.organizations().all(); organizations) {
        for (const auto &o : *organizations) {
            auto node = std::make_unique<Node>();
            node->setOrganization(o);
            m_organizationNodes.insert(o.meta.id, node.get());
            m_organizations.push_back(std::move(node));
        }
        std::stable_sort(m_organizations.begin(), m_organizations.end(),
                         [](const auto &a, const auto &b) {
                             return sortsBefore(a->name, a->id, b->name, b->id);
                         });
    } else {
        failure = organizations.message();
    }
    // The state first: views asking at the reset see a failure, not an empty workspace.
    if (failure.isEmpty())
        markLoaded();
    else
        markFailed(failure);
    endResetModel();
    if (failure.isEmpty()) {
        // The organizations are shown: a missing "no organization" group is reported, not
        // a failed load.
        if (auto unplaced = m_workspace.contacts().forOrganization(0); !unplaced)
            reportError(errorReporter(), unplaced.message());
        else if (!unplaced->isEmpty())
            reloadOrganizationContacts(ensureUnplacedNode());
    }
}

void ContactTreeModel::forgetContacts(Node *node)
{
    for (const auto &child : node->children) {
        m_contactNodes.remove(child->id);
        forgetContacts(child.get());
    }
}

// Replaces an organization's people with what the store has now (its subtree is reset).
void ContactTreeModel::reloadOrganizationContacts(Node *organization)
{
    const auto parentIndex = indexOfNode(organization);
    if (!organization->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(organization->children.size()) - 1);
        forgetContacts(organization);
        organization->children.clear();
        endRemoveRows();
    }
    organization->fetched = true; // a failed read is reported once, not retried in a loop
    auto contacts = m_workspace.contacts().forOrganization(organization->id);
    if (!contacts) {
        reportError(errorReporter(), contacts.message());
        return;
    }
    QHash<RowId, Node *> created;
    auto roots = ContactTreeNode::arrange(*contacts, created);
    if (roots.empty())
        return;
    beginInsertRows(parentIndex, 0, int(roots.size()) - 1);
    for (auto &root : roots) {
        root->parent = organization;
        organization->children.push_back(std::move(root));
    }
    for (auto it = created.begin(); it != created.end(); ++it)
        m_contactNodes.insert(it.key(), it.value());
    endInsertRows();
}

// People without an organization are the last row, whatever the names.
ContactTreeModel::Node *ContactTreeModel::ensureUnplacedNode()
{
    if (auto *node = m_organizationNodes.value(0))
        return node;
    auto node = std::make_unique<Node>();
    node->name = tr("No organization");
    const int row = int(m_organizations.size());
    beginInsertRows({}, row, row);
    m_organizationNodes.insert(0, node.get());
    m_organizations.push_back(std::move(node));
    endInsertRows();
    return m_organizations.back().get();
}

int ContactTreeModel::insertionRow(const QString &name, RowId id) const
{
    int row = 0;
    for (const auto &o : m_organizations)
        if (o->id != id && o->id != 0 && sortsBefore(o->name, o->id, name, id))
            ++row;
    return row;
}

void ContactTreeModel::onOrganizationAdded(RowId organizationId)
{
    ChangeGuard changing(m_changing);
    if (m_organizationNodes.contains(organizationId))
        return onOrganizationChanged(organizationId);
    auto organization = m_workspace.organizations().get(organizationId);
    if (!organization)
        return;
    auto node = std::make_unique<Node>();
    node->setOrganization(*organization);
    const int row = insertionRow(node->name, node->id);
    beginInsertRows({}, row, row);
    m_organizationNodes.insert(organizationId, node.get());
    m_organizations.insert(m_organizations.begin() + row, std::move(node));
    endInsertRows();
}

void ContactTreeModel::onOrganizationChanged(RowId organizationId)
{
    ChangeGuard changing(m_changing);
    auto *node = m_organizationNodes.value(organizationId);
    if (!node)
        return onOrganizationAdded(organizationId);
    auto organization = m_workspace.organizations().get(organizationId);
    if (!organization)
        return;
    const int from = indexOfNode(node).row();
    node->setOrganization(*organization);
    const int to = insertionRow(node->name, node->id);
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        auto moving = std::move(m_organizations[std::size_t(from)]);
        m_organizations.erase(m_organizations.begin() + from);
        m_organizations.insert(m_organizations.begin() + to, std::move(moving));
        endMoveRows();
    }
    Q_EMIT dataChanged(indexOfNode(node), indexOfNode(node, ColumnCount - 1));
}

void ContactTreeModel::onOrganizationRemoved(RowId organizationId)
{
    ChangeGuard changing(m_changing);
    auto *node = m_organizationNodes.value(organizationId);
    if (!node)
        return;
    const int row = indexOfNode(node).row();
    beginRemoveRows({}, row, row);
    forgetContacts(node);
    m_organizationNodes.remove(organizationId);
    m_organizations.erase(m_organizations.begin() + row);
    endRemoveRows();
}

void ContactTreeModel::onContactAdded(RowId contactId)
{
    ChangeGuard changing(m_changing);
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact)
        return;
    if (contact->organizationId == 0 && !m_organizationNodes.contains(0))
        return reloadOrganizationContacts(ensureUnplacedNode());
    auto *organization = m_organizationNodes.value(contact->organizationId);
    if (!organization || !organization->fetched)
        return; // loads with its organization
    auto *supervisor = m_contactNodes.value(contact->supervisorId);
    auto *parent = supervisor && supervisor->organizationId == contact->organizationId
                       ? supervisor
                       : organization;
    auto node = std::make_unique<Node>();
    node->setContact(*contact);
    int row = 0;
    for (const auto &sibling : parent->children)
        if (sortsBefore(sibling->name, sibling->id, node->name, node->id))
            ++row;
    beginInsertRows(indexOfNode(parent), row, row);
    node->parent = parent;
    m_contactNodes.insert(contactId, node.get());
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void ContactTreeModel::onContactChanged(RowId contactId)
{
    ChangeGuard changing(m_changing);
    auto *node = m_contactNodes.value(contactId);
    if (!node)
        return onContactAdded(contactId);
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact)
        return;
    if (contact->organizationId == node->organizationId && moveWithinOrganization(node, *contact))
        return;
    // It changes organization: reset the subtrees it leaves and joins.
    auto *from = m_organizationNodes.value(node->organizationId);
    auto *to = contact->organizationId == 0 ? ensureUnplacedNode()
                                            : m_organizationNodes.value(contact->organizationId);
    if (from)
        reloadOrganizationContacts(from);
    if (to && to != from && to->fetched)
        reloadOrganizationContacts(to);
}

// A new name or supervisor within the organization moves the row, with the people under it,
// so views keep their expanded branches and selection. False when the new place is under the
// row itself (the store refuses such loops; the caller then reloads the organization).
bool ContactTreeModel::moveWithinOrganization(Node *node, const Contact &contact)
{
    auto *organization = m_organizationNodes.value(contact.organizationId);
    if (!organization)
        return false;
    auto *supervisor = m_contactNodes.value(contact.supervisorId);
    auto *parent = supervisor && supervisor->organizationId == contact.organizationId
                       ? supervisor
                       : organization;
    for (const auto *up = parent; up; up = up->parent)
        if (up == node)
            return false;
    auto *oldParent = node->parent;
    const int from = indexOfNode(node).row();
    node->setContact(contact);
    int to = 0;
    for (const auto &sibling : parent->children)
        if (sibling.get() != node && sortsBefore(sibling->name, sibling->id, node->name, node->id))
            ++to;
    if (parent != oldParent || to != from) {
        const int destination = parent == oldParent && to > from ? to + 1 : to;
        if (!beginMoveRows(indexOfNode(oldParent), from, from, indexOfNode(parent), destination))
            return false;
        auto moving = std::move(oldParent->children[std::size_t(from)]);
        oldParent->children.erase(oldParent->children.begin() + from);
        moving->parent = parent;
        parent->children.insert(parent->children.begin() + to, std::move(moving));
        endMoveRows();
    }
    Q_EMIT dataChanged(indexOfNode(node), indexOfNode(node, ColumnCount - 1));
    return true;
}

void ContactTreeModel::onContactRemoved(RowId contactId)
{
    ChangeGuard changing(m_changing);
    auto *node = m_contactNodes.value(contactId);
    if (!node)
        return;
    // Its reports now report to no one: the store cleared their supervisor.
    if (auto *organization = m_organizationNodes.value(node->organizationId))
        reloadOrganizationContacts(organization);
}

} // namespace leverage::models

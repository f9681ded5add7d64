#include "ui/models/contacts/ContactTreeNode.h"

#include <QSet>

namespace leverage::models {

void ContactTreeNode::setOrganization(const Organization &organization)
{
    kind = Kind::Organization;
    id = organizationId = organization.meta.id;
    name = organization.name;
    position = organization.kind;
    phone = organization.phone;
}

void ContactTreeNode::setContact(const Contact &contact)
{
    kind = Kind::Contact;
    id = contact.meta.id;
    organizationId = contact.organizationId;
    supervisorId = contact.supervisorId;
    name = contact.name;
    position = contact.position;
    phone = contact.directLine;
    extension = contact.extension;
}

std::vector<std::unique_ptr<ContactTreeNode>>
ContactTreeNode::arrange(const QList<Contact> &contacts, QHash<RowId, ContactTreeNode *> &created)
{
    QHash<RowId, const Contact *> byId;
    for (const auto &c : contacts)
        byId.insert(c.meta.id, &c);
    // A loop (which the store refuses) would leave people unreachable from any root, so
    // anyone whose chain of supervisors does not end is a root too.
    const auto parentOf = [&byId](const Contact &c) -> RowId {
        QSet<RowId> seen{c.meta.id};
        for (RowId up = c.supervisorId; byId.contains(up); up = byId.value(up)->supervisorId) {
            if (seen.contains(up))
                return 0;
            seen.insert(up);
        }
        return byId.contains(c.supervisorId) ? c.supervisorId : 0;
    };
    std::vector<std::unique_ptr<ContactTreeNode>> roots;
    std::vector<std::pair<RowId, std::unique_ptr<ContactTreeNode>>> pending; // (parent, node)
    for (const auto &c : contacts) {
        auto node = std::make_unique<ContactTreeNode>();
        node->setContact(c);
        created.insert(c.meta.id, node.get());
        const auto parentId = parentOf(c);
        if (parentId == 0)
            roots.push_back(std::move(node));
        else
            pending.emplace_back(parentId, std::move(node));
    }
    for (auto &[parentId, node] : pending) { // in display order, so children stay sorted
        auto *parent = created.value(parentId);
        node->parent = parent;
        parent->children.push_back(std::move(node));
    }
    return roots;
}

} // namespace leverage::models

#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Organization.h"
#include "ui/models/contacts/ContactTreeModel.h"

#include <QHash>
#include <memory>
#include <vector>

namespace leverage::models {

// One row of the contacts tree. Children are owned; `parent` is null for an organization.
struct ContactTreeNode
{
    using Kind = ContactTreeModel::Kind;

    Kind kind = Kind::Organization;
    RowId id = 0;
    RowId organizationId = 0;
    RowId supervisorId = 0;
    ContactTreeNode *parent = nullptr;
    bool fetched = false; // an organization whose people are loaded
    QString name;
    QString position;
    QString phone;
    QString extension;
    std::vector<std::unique_ptr<ContactTreeNode>> children;

    void setOrganization(const Organization &organization);
    void setContact(const Contact &contact);

    // One organization's people as trees of who reports to whom: a supervisor in the same
    // organization is the parent, anyone else is a root. `contacts` in display order; every
    // node created is recorded in `created` by contact id. Returns the roots.
    static std::vector<std::unique_ptr<ContactTreeNode>>
    arrange(const QList<Contact> &contacts, QHash<RowId, ContactTreeNode *> &created);
};

} // namespace leverage::models

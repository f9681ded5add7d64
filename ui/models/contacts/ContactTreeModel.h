#pragma once

#include "core/domain/Ids.h"
#include "ui/models/common/LoadStatus.h"
#include "ui/models/contacts/ContactIdsMime.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace leverage {
class Workspace;
struct Contact;
} // namespace leverage

namespace leverage::models {

struct ContactTreeNode;

// Organizations (by name) at the top; under each, its people arranged by who reports to whom:
// a contact whose supervisor is in the same organization sits under the supervisor, others
// directly under the organization. Organizations load at once; an organization's contacts
// load when it is expanded (canFetchMore/fetchMore). People with no organization are listed
// last, under "No organization" (id 0), once there are any. Contacts can be dragged as ids.
class ContactTreeModel final : public QAbstractItemModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTreeModel)

public:
    enum class Kind
    {
        Organization,
        Contact
    }; // KindRole gives int(Kind)
    enum Column
    {
        NameColumn,
        PositionColumn,
        PhoneColumn,
        ExtensionColumn,
        ColumnCount
    };
    // Drag payload: UTF-8 text, one decimal contact id per line.
    static constexpr auto kContactIdsMimeType = ContactIdsMime::kType;

    explicit ContactTreeModel(Workspace &workspace, QObject *parent = nullptr);
    ~ContactTreeModel() override;

    QModelIndex indexOfOrganization(RowId organizationId) const;
    // Invalid until the contact's organization has been fetched.
    QModelIndex indexOfContact(RowId contactId) const;
    // The same, reading the person's organization first if it was not opened yet (a contact
    // just added under a closed organization is to be shown, not lost).
    QModelIndex fetchContact(RowId contactId);
    Kind kindOf(const QModelIndex &index) const;
    RowId idOf(const QModelIndex &index) const;
    // Contact ids read from a drag payload (invalid lines are skipped).
    static QList<RowId> contactIdsFromMime(const QMimeData *mime);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // Reads the organizations again (the top level; people are read as they are opened).
    void reload();

private:
    using Node = ContactTreeNode;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void reloadOrganizationContacts(Node *organization);
    void forgetContacts(Node *node);
    int insertionRow(const QString &name, RowId id) const;
    Node *ensureUnplacedNode();
    bool moveWithinOrganization(Node *node, const Contact &contact);
    void onOrganizationAdded(RowId organizationId);
    void onOrganizationChanged(RowId organizationId);
    void onOrganizationRemoved(RowId organizationId);
    void onContactAdded(RowId contactId);
    void onContactChanged(RowId contactId);
    void onContactRemoved(RowId contactId);

    Workspace &m_workspace;
    std::vector<std::unique_ptr<Node>> m_organizations;
    QHash<RowId, Node *> m_organizationNodes;
    QHash<RowId, Node *> m_contactNodes;
    bool m_changing = false; // see ChangeGuard
};

} // namespace leverage::models

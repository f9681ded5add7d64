#include "ContactsPane.h"

#include "models/ContactTreeModel.h"
#include "models/ModelRoles.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace leverage::ui {

using models::ContactTreeModel;

ContactsPane::ContactsPane(Workspace &workspace, QUndoStack &, QWidget *parent)
    : QWidget(parent), m_model(new ContactTreeModel(workspace, this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("contactsView"));
    m_view->setAccessibleName(tr("Organizations and contacts"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    // Contacts can be dragged onto a case's escalation path.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    auto *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ContactTreeModel::NameColumn, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    header->resizeSection(ContactTreeModel::PositionColumn, charWidth * 20);
    header->resizeSection(ContactTreeModel::PhoneColumn, charWidth * 15);
    header->resizeSection(ContactTreeModel::ExtensionColumn, charWidth * 8);
    // Phone and extension are for the contact card; the pane stays narrow by default.
    header->hideSection(ContactTreeModel::PhoneColumn);
    header->hideSection(ContactTreeModel::ExtensionColumn);
    header->setSectionsMovable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ItemRef item = itemAt(index); item.isValid())
            Q_EMIT itemActivated(item);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContactsPane::currentItemChanged);
}

ItemRef ContactsPane::itemAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const RowId id = m_model->idOf(index);
    return {m_model->kindOf(index) == ContactTreeModel::Kind::Organization
                ? ItemRef::Kind::Organization
                : ItemRef::Kind::Contact,
            id};
}

ItemRef ContactsPane::currentItem() const
{
    return itemAt(m_view->selectionModel()->currentIndex());
}

RowId ContactsPane::currentOrganizationId() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid())
        return 0;
    if (m_model->kindOf(index) == ContactTreeModel::Kind::Organization)
        return m_model->idOf(index);
    return index.data(models::OrganizationIdRole).value<RowId>();
}

void ContactsPane::selectItem(const ItemRef &item)
{
    QModelIndex index;
    if (item.kind == ItemRef::Kind::Organization)
        index = m_model->indexOfOrganization(item.id);
    else if (item.kind == ItemRef::Kind::Contact)
        index = m_model->indexOfContact(item.id);
    if (!index.isValid())
        return;
    m_view->scrollTo(index);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

} // namespace leverage::ui

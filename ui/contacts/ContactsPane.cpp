#include "ui/contacts/ContactsPane.h"

#include "ui/common/ColumnSizing.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/FindBar.h"
#include "ui/common/FocusForwarder.h"
#include "ui/common/LoadStateStack.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/contacts/ContactTreeModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
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
    // Double-click opens the form; the arrow (or + and -) opens a branch.
    m_view->setExpandsOnDoubleClick(false);
    m_view->setAlternatingRowColors(true);
    // Contacts can be dragged onto a case's escalation path.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    auto *header = m_view->header();
    columns::enableChooser(header);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ContactTreeModel::NameColumn, QHeaderView::Stretch);
    columns::fit(header, ContactTreeModel::PositionColumn, QStringLiteral("Claims supervisor"));
    columns::fit(header, ContactTreeModel::PhoneColumn, QStringLiteral("+1 800 555 0199"));
    columns::fit(header, ContactTreeModel::ExtensionColumn, QStringLiteral("40817"));
    // Phone and extension stay hidden by default (the pane is narrow); the header's menu shows
    // them.
    header->hideSection(ContactTreeModel::PhoneColumn);
    header->hideSection(ContactTreeModel::ExtensionColumn);
    header->setSectionsMovable(false);

    m_stack = new LoadStateStack(m_view, this);
    connect(m_stack, &LoadStateStack::retryRequested, m_model, &ContactTreeModel::reload);
    m_empty = m_stack->emptyState();
    m_empty->setText(
        tr("No organizations yet. Add the company you are dealing with, then the people you "
           "speak to there and who they report to."));
    m_empty->setObjectName(QStringLiteral("contactsEmptyState"));
    connect(m_empty->addButton(tr("Add an organization…")), &QPushButton::clicked, this,
            &ContactsPane::newOrganizationRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new FindBar(*m_view, this));
    layout->addWidget(m_stack);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContactsPane::updateEmptyState);
    updateEmptyState();

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ItemRef item = itemAt(index); item.isValid())
            Q_EMIT itemActivated(item);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContactsPane::currentItemChanged);
}

void ContactsPane::updateEmptyState()
{
    // A workspace that could not be read is not one without organizations.
    m_stack->showLoadState(*m_model, m_model->rowCount() == 0);
    QWidget *shown = m_stack->currentWidget();
    FocusForwarder::of(this).setTarget(shown == m_stack->content() ? static_cast<QWidget *>(m_view)
                                                                   : shown);
}

void ContactsPane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_model->setErrorReporter(reporter);
}

bool ContactsPane::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
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

void ContactsPane::revealOrganization(RowId organizationId)
{
    const QModelIndex index = m_model->indexOfOrganization(organizationId);
    if (!index.isValid())
        return;
    m_view->expand(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
}

void ContactsPane::selectItem(const ItemRef &item)
{
    QModelIndex index;
    if (item.kind == ItemRef::Kind::Organization)
        index = m_model->indexOfOrganization(item.id);
    else if (item.kind == ItemRef::Kind::Contact)
        index = m_model->fetchContact(item.id);
    if (!index.isValid())
        return;
    m_view->scrollTo(index); // opens the branches above it
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

} // namespace leverage::ui

#pragma once

#include "ItemRef.h"

#include <QWidget>

class QTreeView;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ContactTreeModel;
}

namespace leverage::ui {

// Organizations and their people, arranged by who reports to whom.
class ContactsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPane)

public:
    ContactsPane(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    ItemRef currentItem() const;
    // The organization of the selected item (itself, or the contact's), 0 when none.
    RowId currentOrganizationId() const;
    void selectItem(const ItemRef &item);

    models::ContactTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void itemActivated(const leverage::ui::ItemRef &item);
    void currentItemChanged();

private:
    ItemRef itemAt(const QModelIndex &index) const;

    models::ContactTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace leverage::ui

#pragma once

#include "ui/common/ItemRef.h"

#include <QWidget>

class QTreeView;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ContactTreeModel;
class ErrorReporter;
} // namespace leverage::models

namespace leverage::ui {

class EmptyStateWidget;
class LoadStateStack;

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
    // Opens an organization's branch and scrolls to it, leaving the selection alone.
    void revealOrganization(RowId organizationId);

    models::ContactTreeModel *model() const { return m_model; }
    LoadStateStack *loadStates() const { return m_stack; }
    // Where failed reads are reported (the window); the model reports there.
    void setErrorReporter(models::ErrorReporter *reporter);
    QTreeView *view() const { return m_view; }
    bool isShowingEmptyState() const;

Q_SIGNALS:
    void itemActivated(const leverage::ui::ItemRef &item);
    void currentItemChanged();
    void newOrganizationRequested();

private:
    ItemRef itemAt(const QModelIndex &index) const;
    void updateEmptyState();

    models::ContactTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    LoadStateStack *m_stack = nullptr;
};

} // namespace leverage::ui

#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoPusher.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QSplitter;
class QTreeView;
class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ContactSearchModel;
class ErrorReporter;
class GatewayListModel;
} // namespace leverage::models

namespace leverage::ui {
class LoadStateStack;
}

namespace leverage::ui {

// The gateways: the people at any company who get things done, with the rules agreed with
// them and their track record; below, every contact to search and bookmark (star, Ctrl+G).
// From a gateway, one action starts a call and another opens a new case routed through them.
// Both lists are read the first time the pane is on screen, not when it is built; a list that
// could not be read says so, with Retry, in its place. Errors go to the reporter.
class GatewayPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPane)

public:
    GatewayPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                QWidget *parent = nullptr);

    // Where failed reads and toggles are reported (the window); the models report there too.
    void setErrorReporter(models::ErrorReporter *reporter);

    RowId selectedContact() const { return m_selected; }
    QAction *gatewayAction() const { return m_gatewayAction; }
    QAction *startCallAction() const { return m_startCallAction; }
    QAction *newCaseAction() const { return m_newCaseAction; }
    models::GatewayListModel *gatewayModel() const { return m_gatewayModel; }
    models::ContactSearchModel *searchModel() const { return m_searchModel; }
    QTreeView *gatewayView() const { return m_gatewayView; }
    QTreeView *contactsView() const { return m_contactsView; }
    LoadStateStack *gatewayStates() const { return m_gatewayStates; }
    LoadStateStack *contactStates() const { return m_contactStates; }

public Q_SLOTS:
    // Selects a contact (from the contacts tree, say) for the star and the actions.
    void setSelectedContact(leverage::RowId contactId);
    // Bookmarks the selected contact as a gateway, or removes the bookmark.
    void toggleGateway();
    // Reads the gateways and the contacts unless they were read already.
    void ensureLoaded();

Q_SIGNALS:
    // A word for the status bar: what a key needs before it can act.
    void hint(const QString &text);
    void startCallWith(leverage::RowId contactId);
    void newCaseThrough(leverage::RowId contactId);
    // A contact was double-clicked or Enter was pressed: open their page.
    void contactActivated(leverage::RowId contactId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildLayout();
    void updateActions();
    void selectInViews();

    Workspace &m_workspace;
    models::UndoPusher m_undo;
    models::GatewayListModel *m_gatewayModel;
    models::ContactSearchModel *m_searchModel;
    QSplitter *m_splitter = nullptr;
    QList<QWidget *> m_commandButtons;
    QTreeView *m_gatewayView = nullptr;
    QTreeView *m_contactsView = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_gatewaysOnly = nullptr;
    LoadStateStack *m_gatewayStates = nullptr;
    LoadStateStack *m_contactStates = nullptr;
    models::ErrorReporter *m_reporter = nullptr;
    QAction *m_gatewayAction = nullptr;
    QAction *m_startCallAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    RowId m_selected = 0;
    bool m_selecting = false;
};

} // namespace leverage::ui

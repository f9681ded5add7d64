#pragma once

#include "core/util/Result.h"
#include "ui/common/ItemRef.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/window/DockedPanes.h"

#include <QMainWindow>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;
class QToolBar;

namespace leverage {
class ServerAddress;
class Workspace;
} // namespace leverage
namespace leverage::models {
class WorkspaceEditor;
}

namespace leverage::ui {

class CasesPane;
class ContactsPane;
class MessageBar;
class EditController;
class FocusedItemSource;
class MainWindowActions;
class RecentWorkspaces;
class TimelinePane;

// The main window: the cases, timeline and contacts panes over one open workspace, the
// actions that act on them, and one undo stack for every edit. Opening another workspace
// replaces the panes and clears the stack.
class MainWindow final : public QMainWindow, public models::ErrorReporter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's one error path: every pane, model and undo command reports here.
    void reportError(const QString &message) override { showError(message); }

    Workspace &workspace() { return *m_workspace; }
    QUndoStack &undoStack() { return m_undoStack; }
    models::WorkspaceEditor &editor() { return *m_editor; }
    EditController &editController() { return *m_controller; }
    CasesPane *casesPane() const { return m_casesPane; }
    TimelinePane *timelinePane() const { return m_timelinePane; }
    ContactsPane *contactsPane() const { return m_contactsPane; }
    QDockWidget *casesDock() const { return m_casesDock; }
    QDockWidget *contactsDock() const { return m_contactsDock; }

    // Opens (creating if absent) another workspace in place of this one. On failure the
    // current workspace stays open and the Status says why; no dialog is shown.
    Status openWorkspace(const QString &path);
    // The same for a team workspace on a server (a typed password stays in memory).
    Status openTeamWorkspace(const ServerAddress &address);
    // What Edit… and Delete act on: the current item of the pane last worked in.
    ItemRef currentItem() const;

    // Adds a pane in a dock, with its show/hide action in the View menu. The pane is built
    // for the open workspace now and for every workspace opened later.
    QDockWidget *addPaneDock(DockedPanes::Spec spec);
    // Whether the layout the user left was restored (docks added later take their saved place,
    // so a first-run arrangement must not be applied over it).
    bool hasSavedLayout() const { return m_savedLayoutRestored; }
    // Restores the saved geometry and dock layout. Called again once every dock exists: Qt
    // keeps a late dock's place, but not which tab of a group was in front.
    void restoreLayout();
    // The first start's size: most of the screen, at most 1400×900.
    void applyDefaultSize();
    // The window's own actions (New Case, Edit, Delete …), for features and tests to trigger.
    const MainWindowActions &actions() const { return *m_actions; }
    // Where features add their actions (app/ wires them; the window stays unaware of them).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // View → Go to …, in the order of their shortcuts Ctrl+1…9.
    const std::vector<QAction *> &goToActions() const { return m_goToActions; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    RowId currentCaseId() const;
    // Shows a core Status's sentence the way every error of this window is shown: in the
    // message bar across the window (closable, never modal) and in the status bar.
    void showError(const QString &message);
    MessageBar *messageBar() const { return m_messageBar; }

Q_SIGNALS:
    // After a workspace's panes are built, and before they are torn down: objects that hold
    // the Workspace& (print controllers, reminders) are made and dropped on these.
    void workspaceInstalled();
    void workspaceAboutToClose();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Pane
    {
        Cases,
        Timeline,
        Contacts,
        Feature // a docked feature pane: it answers for its own items (FocusedItemSource)
    };

    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void installWorkspace(std::unique_ptr<Workspace> workspace);
    void tearDownWorkspace();
    void chooseAndOpen();
    void chooseTeamWorkspace();
    void chooseAndCreate();
    void openInteractively(const QString &path);
    void newContact();
    void updateActions();
    // The feature pane holding the focus that answers for its own items, or none.
    const FocusedItemSource *focusedItemSource() const;
    void onFocusChanged(QWidget *now);
    void showAbout();
    void saveLayout() const;
    enum class ItemAction
    {
        Edit,
        Remove
    };
    // Edit (F2) and Delete act on the current item of the pane that holds the focus.
    void actOnFocusedItem(ItemAction action);
    // Adds View → Go to TITLE with the next of Ctrl+1…9: shows `dock` (if any), brings its tab
    // to the front and puts the focus in the pane.
    QAction *addGoTo(const QString &title, QDockWidget *dock, std::function<QWidget *()> pane);
    void focusPane(QWidget *pane);
    // The feature pane's dock that holds `widget`, if any (not the cases or contacts dock).
    QDockWidget *insideFeatureDock(QWidget *widget) const;

    std::unique_ptr<Workspace> m_workspace;
    // After the workspace: its commands refer to it, so they go first.
    QUndoStack m_undoStack;
    models::WorkspaceEditor *m_editor = nullptr;
    EditController *m_controller = nullptr;
    CasesPane *m_casesPane = nullptr;
    TimelinePane *m_timelinePane = nullptr;
    ContactsPane *m_contactsPane = nullptr;
    QWidget *m_central = nullptr;
    MessageBar *m_messageBar = nullptr;
    QDockWidget *m_casesDock = nullptr;
    bool m_savedLayoutRestored = false;
    QDockWidget *m_contactsDock = nullptr;
    RecentWorkspaces *m_recent = nullptr;
    DockedPanes m_dockedPanes{*this, *this};
    Pane m_lastPane = Pane::Cases;

    MainWindowActions *m_actions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_panesMenu = nullptr;
    QAction *m_goToEnd = nullptr; // the go-to actions stand above this separator
    std::vector<QAction *> m_goToActions;
};

} // namespace leverage::ui

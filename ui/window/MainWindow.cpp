#include "ui/window/MainWindow.h"

#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/cases/CasesPane.h"
#include "ui/common/EditDialog.h"
#include "ui/common/FindBar.h"
#include "ui/common/FocusForwarder.h"
#include "ui/common/FocusedItem.h"
#include "ui/common/MessageBar.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/commitments/CommitmentListModel.h"
#include "ui/models/contacts/ContactTreeModel.h"
#include "ui/models/timeline/TimelineModel.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/DockTabBarFocus.h"
#include "ui/window/EditController.h"
#include "ui/window/MainWindowActions.h"
#include "ui/window/RecentWorkspaces.h"
#include "ui/window/TeamWorkspaceDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
// 3: the calm first window (issue 24); a layout saved before it had every pane open.
constexpr int kStateVersion = 3;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent) : QMainWindow(parent)
{
    new DockTabBarFocus(this);
    // The panes come and go with the workspace; the frame around them stays.
    m_central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(m_central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_messageBar = new MessageBar(m_central);
    centralLayout->addWidget(m_messageBar);
    setCentralWidget(m_central);
    createActions();
    createDocks();
    createMenus();
    createToolBar();
    statusBar();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { onFocusChanged(now); });
    installWorkspace(std::move(workspace));
    applyDefaultSize();
    restoreLayout();
}

void MainWindow::applyDefaultSize()
{
    // The minimum of the docks as they are now, not as they were while being added.
    layout()->invalidate();
    layout()->activate();
    const QSize available = screen()->availableGeometry().size();
    resize(qMin(1400, available.width() * 92 / 100), qMin(900, available.height() * 92 / 100));
}

MainWindow::~MainWindow()
{
    // QWidget's destructor moves the focus as it deletes the panes; by then this is no longer
    // a MainWindow, and the slot must not be called (UBSan: a member call on a QWidget).
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    tearDownWorkspace();
}

void MainWindow::createActions()
{
    m_actions = new MainWindowActions(m_undoStack, this);
    const MainWindowActions &a = *m_actions;
    connect(a.newWorkspace, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.newCase, &QAction::triggered, this,
            [this] { m_controller->newCase(m_contactsPane->currentOrganizationId()); });
    connect(a.newEntry, &QAction::triggered, this,
            [this] { m_controller->newEntry(m_casesPane->currentCaseId()); });
    connect(a.newCommitment, &QAction::triggered, this,
            [this] { m_controller->newCommitment(m_casesPane->currentCaseId()); });
    connect(a.newContact, &QAction::triggered, this, &MainWindow::newContact);
    connect(a.newOrganization, &QAction::triggered, this,
            [this] { m_controller->newOrganization(); });
    connect(a.edit, &QAction::triggered, this, [this] { actOnFocusedItem(ItemAction::Edit); });
    connect(a.remove, &QAction::triggered, this, [this] { actOnFocusedItem(ItemAction::Remove); });
    connect(a.find, &QAction::triggered, this, [this] {
        // The pane with the focus finds in itself; elsewhere, Ctrl+F finds cases by title.
        if (auto *bar = FindBar::around(QApplication::focusWidget()); bar && bar->isEnabled()) {
            bar->activate();
            return;
        }
        m_casesDock->show();
        m_casesPane->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_casesPane->searchBox()->selectAll();
    });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_casesDock = new QDockWidget(tr("Cases"), this);
    m_casesDock->setObjectName(QStringLiteral("casesDock"));
    m_contactsDock = new QDockWidget(tr("Contacts"), this);
    m_contactsDock->setObjectName(QStringLiteral("contactsDock"));
    for (auto *dock : {m_casesDock, m_contactsDock})
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                          QDockWidget::DockWidgetFloatable);
    // The cases list across the top (its columns need the width), the selected case's timeline
    // below it, the people on the right, full height.
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::TopDockWidgetArea, m_casesDock);
    addDockWidget(Qt::RightDockWidgetArea, m_contactsDock);
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_actions->newWorkspace);
    file->addAction(m_actions->open);
    file->addAction(tr("Open T&eam Workspace…"), this, &MainWindow::chooseTeamWorkspace)
        ->setObjectName(QStringLiteral("openTeamWorkspace"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentWorkspaces(m_recentMenu, this);
    connect(m_recent, &RecentWorkspaces::openRequested, this, &MainWindow::openInteractively);
    file->addSeparator();
    file->addAction(m_actions->quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    edit->addAction(m_actions->undo);
    edit->addAction(m_actions->redo);
    edit->addSeparator();
    edit->addAction(m_actions->newCase);
    edit->addAction(m_actions->newEntry);
    edit->addAction(m_actions->newCommitment);
    edit->addAction(m_actions->newContact);
    edit->addAction(m_actions->newOrganization);
    edit->addSeparator();
    edit->addAction(m_actions->find);
    edit->addAction(m_actions->edit);
    edit->addAction(m_actions->remove);

    // "Go to" actions first (Ctrl+1…9: show the pane, bring its tab up, focus it), then the
    // toggles that show or hide a pane, which take no shortcut of their own.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_goToEnd = m_viewMenu->addSeparator();
    m_panesMenu = m_viewMenu->addMenu(tr("Show or Hide &Panes"));
    m_panesMenu->addAction(m_casesDock->toggleViewAction());
    m_panesMenu->addAction(m_contactsDock->toggleViewAction());
    addGoTo(tr("&Cases"), m_casesDock, [this] { return static_cast<QWidget *>(m_casesPane); });
    addGoTo(tr("&Timeline"), nullptr, [this] { return static_cast<QWidget *>(m_timelinePane); });
    addGoTo(tr("C&ontacts"), m_contactsDock,
            [this] { return static_cast<QWidget *>(m_contactsPane); });

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_actions->about);
}

void MainWindow::createToolBar()
{
    auto *bar = addToolBar(tr("Main Toolbar"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    // Text beside the icon: the desktop may have no icon theme, and words say more.
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->newCase);
    bar->addAction(m_actions->newEntry);
    bar->addAction(m_actions->newCommitment);
    bar->addAction(m_actions->newContact);
    bar->addSeparator();
    bar->addAction(m_actions->edit);
    bar->addAction(m_actions->remove);
    bar->addSeparator();
    bar->addAction(m_actions->undo);
    bar->addAction(m_actions->redo);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::installWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_editor = new models::WorkspaceEditor(*m_workspace, m_undoStack, *this, this);
    m_controller = new EditController(*m_editor, this, this);
    m_casesPane = new CasesPane(*m_workspace, m_undoStack, m_casesDock);
    m_timelinePane = new TimelinePane(*m_workspace, m_undoStack, m_central);
    m_contactsPane = new ContactsPane(*m_workspace, m_undoStack, m_contactsDock);
    m_casesDock->setWidget(m_casesPane);
    m_contactsDock->setWidget(m_contactsPane);
    m_central->layout()->addWidget(m_timelinePane);
    m_dockedPanes.build(*m_workspace, m_undoStack);

    connect(m_controller, &EditController::failed, this, &MainWindow::showError);
    connect(m_controller, &EditController::saved, this, [this](const ItemRef &item) {
        if (item.kind == ItemRef::Kind::Case)
            m_casesPane->selectCase(item.id);
        else if (item.kind == ItemRef::Kind::Organization || item.kind == ItemRef::Kind::Contact)
            m_contactsPane->selectItem(item);
        else
            m_timelinePane->selectItem(item);
    });
    connect(m_casesPane, &CasesPane::newCaseRequested, m_actions->newCase, &QAction::trigger);
    connect(m_contactsPane, &ContactsPane::newOrganizationRequested, m_actions->newOrganization,
            &QAction::trigger);
    connect(m_casesPane, &CasesPane::currentCaseChanged, this, [this](RowId caseId) {
        m_timelinePane->setCaseId(caseId);
        m_dockedPanes.setCaseId(caseId);
        if (const RowId organizationId = m_casesPane->currentOrganizationId(); organizationId > 0)
            m_contactsPane->revealOrganization(organizationId);
        updateActions();
    });
    connect(m_casesPane, &CasesPane::caseActivated, this, [this](RowId caseId) {
        m_controller->edit({ItemRef::Kind::Case, caseId});
    });
    connect(m_timelinePane, &TimelinePane::itemActivated, m_controller, &EditController::edit);
    connect(m_timelinePane, &TimelinePane::currentItemChanged, this, &MainWindow::updateActions);
    connect(m_contactsPane, &ContactsPane::itemActivated, m_controller, &EditController::edit);
    connect(m_contactsPane, &ContactsPane::currentItemChanged, this, &MainWindow::updateActions);
    m_casesPane->setErrorReporter(this);
    m_timelinePane->setErrorReporter(this);
    m_contactsPane->setErrorReporter(this);

    if (m_workspace->isTeamWorkspace()) {
        const auto address = ServerAddress::parse(m_workspace->filePath());
        // Who is signed in: two people's windows side by side must be told apart.
        if (!address)
            setWindowTitle(tr("%1 (team) — Leverage").arg(m_workspace->filePath()));
        else if (address->user.isEmpty())
            setWindowTitle(tr("%1 on %2 (team) — Leverage")
                               .arg(address->database, RecentWorkspaces::serverName(*address)));
        else
            setWindowTitle(
                tr("%1 on %2 as %3 (team) — Leverage")
                    .arg(address->database, RecentWorkspaces::serverName(*address), address->user));
    } else {
        setWindowTitle(
            tr("%1 — Leverage").arg(QFileInfo(m_workspace->filePath()).completeBaseName()));
        setWindowFilePath(m_workspace->filePath());
    }
    m_recent->add(m_workspace->filePath());
    m_lastPane = Pane::Cases;
    updateActions();
    m_casesPane->setFocus();
    Q_EMIT workspaceInstalled();
    logging::get("ui")->info("workspace installed in the main window");
}

void MainWindow::tearDownWorkspace()
{
    Q_EMIT workspaceAboutToClose();
    // Views and models first, then the commands that refer to the store, then the store.
    delete m_casesPane;
    delete m_timelinePane;
    delete m_contactsPane;
    m_casesPane = nullptr;
    m_timelinePane = nullptr;
    m_contactsPane = nullptr;
    m_dockedPanes.tearDown();
    // Open forms write through the editor that is about to go.
    for (auto *dialog : findChildren<EditDialog *>())
        delete dialog;
    delete m_controller;
    m_controller = nullptr;
    m_undoStack.clear();
    delete m_editor;
    m_editor = nullptr;
    m_workspace.reset();
}

Status MainWindow::openWorkspace(const QString &path)
{
    if (ServerAddress::isServerUrl(path)) {
        auto address = ServerAddress::parse(path);
        if (!address)
            return address.status();
        return openTeamWorkspace(*address);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_workspace && QFileInfo(m_workspace->filePath()).absoluteFilePath() == absolute)
        return {}; // already open here
    auto opened = Workspace::open(absolute, m_workspace->clock());
    if (!opened) {
        logging::get("ui")->warn("opening another workspace failed (code {})", int(opened.code()));
        return opened.status();
    }
    tearDownWorkspace();
    installWorkspace(std::move(*opened));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), 5000);
    return {};
}

Status MainWindow::openTeamWorkspace(const ServerAddress &address)
{
    if (m_workspace && m_workspace->filePath() == address.displayUrl())
        return {}; // already open here
    auto opened = Workspace::openServer(address, m_workspace->clock());
    if (!opened) {
        logging::get("ui")->warn("opening a team workspace failed (code {})", int(opened.code()));
        return opened.status();
    }
    tearDownWorkspace();
    installWorkspace(std::move(*opened));
    statusBar()->showMessage(tr("Opened the team workspace %1").arg(address.displayUrl()), 5000);
    return {};
}

void MainWindow::chooseTeamWorkspace()
{
    TeamWorkspaceDialog dialog(this);
    if (m_workspace && m_workspace->isTeamWorkspace())
        if (auto current = ServerAddress::parse(m_workspace->filePath()))
            dialog.setAddress(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status status = openTeamWorkspace(dialog.address()); !status)
        showError(tr("Could not open the team workspace: %1").arg(status.message()));
}

RowId MainWindow::currentCaseId() const
{
    return m_casesPane ? m_casesPane->currentCaseId() : 0;
}

QDockWidget *MainWindow::addPaneDock(DockedPanes::Spec spec)
{
    const QString title = spec.title;
    auto *dock = m_dockedPanes.add(std::move(spec), *m_workspace, m_undoStack);
    m_panesMenu->addAction(dock->toggleViewAction());
    addGoTo(title, dock, [dock] { return dock->widget(); });
    m_dockedPanes.setCaseId(m_casesPane->currentCaseId());
    return dock;
}

QAction *MainWindow::addGoTo(const QString &title, QDockWidget *dock,
                             std::function<QWidget *()> pane)
{
    auto *action = new QAction(title, this);
    // Named after the pane's dock: the icons, the shortcut settings and tests find it so.
    action->setObjectName(QStringLiteral("goTo_") +
                          (dock ? dock->objectName() : QStringLiteral("timeline")));
    const int number = int(m_goToActions.size()) + 1;
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    action->setShortcutContext(Qt::WindowShortcut);
    action->setToolTip(tr("Show %1 and put the cursor in it").arg(QString(title).remove(u'&')));
    connect(action, &QAction::triggered, this, [this, dock, pane = std::move(pane)] {
        if (dock) {
            dock->show();
            dock->raise();
        }
        focusPane(pane());
    });
    m_viewMenu->insertAction(m_goToEnd, action);
    m_goToActions.push_back(action);
    return action;
}

void MainWindow::focusPane(QWidget *pane)
{
    if (!pane)
        return;
    // A pane that forwards its focus knows where the cursor belongs; otherwise the first
    // control in it that takes the keyboard.
    QWidget *target = nullptr;
    if (const auto *forwarder = FocusForwarder::find(pane); forwarder && forwarder->target())
        target = forwarder->target();
    else if (pane->focusProxy() || (pane->focusPolicy() & Qt::TabFocus))
        target = pane;
    for (QWidget *next = pane->nextInFocusChain(); !target && next && next != pane;
         next = next->nextInFocusChain())
        if (pane->isAncestorOf(next) && next->isVisibleTo(pane) && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus))
            target = next;
    if (!target) {
        // Nothing in it takes the keyboard now (no call running, no contact chosen): the pane
        // itself does, so the keys stay here and Tab goes on from it.
        pane->setFocusPolicy(Qt::TabFocus);
        target = pane;
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openInteractively(const QString &path)
{
    if (const Status status = openWorkspace(path); !status) {
        showError(tr("Could not open the workspace: %1").arg(status.message()));
        if (!ServerAddress::isServerUrl(path) && !QFileInfo::exists(path))
            m_recent->remove(path);
    }
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QFileInfo(m_workspace->filePath()).absolutePath(),
        tr("Leverage workspaces (*.leverage);;All files (*)"));
    if (!path.isEmpty())
        openInteractively(path);
}

void MainWindow::chooseAndCreate()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QFileInfo(m_workspace->filePath()).absolutePath(),
        tr("Leverage workspaces (*.leverage)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    const QString suffix = QString::fromLatin1(Workspace::kFileSuffix);
    if (QFileInfo(path).suffix() != suffix)
        path += QLatin1Char('.') + suffix;
    // A new workspace never replaces a file: that file may be someone's records.
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose another name, or open it with File → Open.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openInteractively(path);
}

void MainWindow::newContact()
{
    m_controller->newContact(m_contactsPane->currentOrganizationId());
}

void MainWindow::onFocusChanged(QWidget *now)
{
    if (!now || !m_casesPane)
        return;
    Pane pane = m_lastPane;
    if (m_casesPane->isAncestorOf(now))
        pane = Pane::Cases;
    else if (m_timelinePane->isAncestorOf(now))
        pane = Pane::Timeline;
    else if (m_contactsPane->isAncestorOf(now))
        pane = Pane::Contacts;
    else if (insideFeatureDock(now))
        pane = Pane::Feature;
    // Between two feature panes the pane kind stays, but whether Edit and Delete have
    // anything to act on may not.
    if (pane != m_lastPane || pane == Pane::Feature) {
        m_lastPane = pane;
        updateActions();
    }
}

const FocusedItemSource *MainWindow::focusedItemSource() const
{
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (widget == m_casesPane || widget == m_timelinePane || widget == m_contactsPane)
            return nullptr;
        if (const auto *source = dynamic_cast<const FocusedItemSource *>(widget))
            return source;
        // A feature pane without items of its own answers for nothing, not even its case's.
        if (widget == insideFeatureDock(widget))
            return nullptr;
    }
    return nullptr;
}

void MainWindow::actOnFocusedItem(ItemAction action)
{
    const bool remove = action == ItemAction::Remove;
    if (m_lastPane == Pane::Feature) {
        // The pane that holds the focus answers for its own items; one without items must
        // not pass the keys to another (Delete in the call notes never deletes the case).
        const FocusedItemSource *source = focusedItemSource();
        const FocusedItem item = source ? source->focusedItem() : FocusedItem{};
        const auto &act = remove ? item.remove : item.edit;
        if (item.isValid() && act)
            act();
        else if (item.isValid())
            statusBar()->showMessage(
                remove ? tr("Nothing deleted: Leverage keeps %1.").arg(item.name)
                       : tr("Nothing opened: Leverage does not edit %1 here.").arg(item.name),
                5000);
        else if (source)
            statusBar()->showMessage(remove ? tr("Nothing here to delete: select it first.")
                                            : tr("Nothing here to edit: select it first."),
                                     5000);
        else
            statusBar()->showMessage(remove ? tr("There is nothing to delete in this pane.")
                                            : tr("There is nothing to edit in this pane."),
                                     5000);
        return;
    }
    const ItemRef item = currentItem();
    if (remove)
        m_controller->remove(item);
    else
        m_controller->edit(item);
}

ItemRef MainWindow::currentItem() const
{
    const ItemRef currentCase{ItemRef::Kind::Case, m_casesPane->currentCaseId()};
    switch (m_lastPane) {
    case Pane::Contacts:
        return m_contactsPane->currentItem();
    case Pane::Timeline:
        if (const ItemRef item = m_timelinePane->currentItem(); item.isValid())
            return item;
        return currentCase.isValid() ? currentCase : ItemRef{};
    case Pane::Feature:
        return {};
    case Pane::Cases:
        break;
    }
    return currentCase.isValid() ? currentCase : ItemRef{};
}

QDockWidget *MainWindow::insideFeatureDock(QWidget *widget) const
{
    for (; widget; widget = widget->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            return dock == m_casesDock || dock == m_contactsDock ? nullptr : dock;
    return nullptr;
}

void MainWindow::updateActions()
{
    if (!m_casesPane)
        return;
    if (m_lastPane == Pane::Feature)
        m_actions->setTargetInPane(focusedItemSource() != nullptr,
                                   m_casesPane->currentCaseId() > 0);
    else
        m_actions->setTarget(currentItem(), m_casesPane->currentCaseId() > 0);
}

void MainWindow::showError(const QString &message)
{
    // Not modal, and no box over the work: an error must not stop the user from reading
    // what is on screen. The bar stays until closed; the status bar says it for a while.
    m_messageBar->showError(message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Leverage"),
        tr("<h3>Leverage %1</h3><p>A workbench for pursuing complaints against companies: "
           "cases, a timeline of every call, e-mail and letter, the people you dealt with, "
           "and the promises they made.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_savedLayoutRestored =
        restoreState(settings.value(kStateKey).toByteArray(), kStateVersion) && restored;
    if (!m_savedLayoutRestored) {
        // First start: about ten cases in view, and a contacts column of a name's width.
        resizeDocks({m_casesDock}, {height() * 30 / 100}, Qt::Vertical);
        resizeDocks({m_contactsDock}, {width() * 25 / 100}, Qt::Horizontal);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace leverage::ui

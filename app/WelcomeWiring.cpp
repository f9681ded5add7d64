#include "app/WelcomeWiring.h"

#include "app/AppInfo.h"
#include "app/FeatureWiring.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"
#include "ui/window/TourDialog.h"
#include "ui/window/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLayout>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace leverage::app {
namespace {
const auto kTourDoneKey = QStringLiteral("tour/done");

void bringForward(QDockWidget *dock)
{
    if (dock) {
        dock->show();
        dock->raise();
    }
}
} // namespace

WelcomeWiring::WelcomeWiring(ui::MainWindow &window, FeatureWiring &features)
    : QObject(&window), m_window(window), m_features(features)
{
    m_page = new ui::WelcomePage(m_window.centralWidget());
    m_window.centralWidget()->layout()->addWidget(m_page);
    connect(m_page, &ui::WelcomePage::newCaseRequested, m_window.actions().newCase,
            &QAction::trigger);
    connect(m_page, &ui::WelcomePage::importContactsRequested, features.importContactsAction(),
            &QAction::trigger);
    connect(m_page, &ui::WelcomePage::openDemoRequested, this, &WelcomeWiring::openDemo);
    connect(m_page, &ui::WelcomePage::tourRequested, this, &WelcomeWiring::startTour);

    m_tourAction = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                               tr("Take the &Tour"), &m_window);
    m_tourAction->setObjectName(QStringLiteral("takeTheTour"));
    m_tourAction->setToolTip(tr("Five steps through the window: cases, the call pane, the "
                                "escalation path, gateways and the dossier"));
    connect(m_tourAction, &QAction::triggered, this, &WelcomeWiring::startTour);
    QMenu *help = m_window.helpMenu();
    help->insertAction(help->actions().isEmpty() ? nullptr : help->actions().constFirst(),
                       m_tourAction);

    connect(&m_window, &ui::MainWindow::workspaceInstalled, this,
            &WelcomeWiring::onWorkspaceInstalled);
    onWorkspaceInstalled();
}

WelcomeWiring::~WelcomeWiring() = default;

ui::TourDialog *WelcomeWiring::tour() const
{
    return m_tour;
}

bool WelcomeWiring::tourDone()
{
    return QSettings().value(kTourDoneKey, false).toBool();
}

void WelcomeWiring::onWorkspaceInstalled()
{
    auto *model = m_window.casesPane()->model();
    // After the cases pane's own handlers: it decides whether the workspace is empty.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &WelcomeWiring::updatePage);
    connect(model, &QAbstractItemModel::modelReset, this, &WelcomeWiring::updatePage);
    updatePage();
}

void WelcomeWiring::updatePage()
{
    const bool empty = m_window.casesPane() && m_window.casesPane()->isShowingEmptyState();
    const bool hadFocus = m_page->isAncestorOf(QApplication::focusWidget());
    m_page->setTourOffered(!tourDone());
    m_page->setVisible(empty);
    if (auto *timeline = m_window.timelinePane())
        timeline->setVisible(!empty);
    // The first case was made from here: the keys go on in the cases list.
    if (!empty && hadFocus)
        m_window.casesPane()->view()->setFocus(Qt::OtherFocusReason);
}

void WelcomeWiring::openDemo()
{
    const QString path = demoWorkspacePath();
    if (!QFileInfo::exists(path)) {
        auto opened = Workspace::open(path, m_window.workspace().clock());
        if (!opened) {
            m_window.showError(
                tr("The demo workspace could not be made: %1").arg(opened.message()));
            return;
        }
        if (auto built = DemoWorkspaceBuilder(**opened).build(); !built) {
            m_window.showError(built.message());
            return;
        }
    }
    if (auto status = m_window.openWorkspace(path); !status)
        m_window.showError(tr("Could not open the demo workspace: %1").arg(status.message()));
}

void WelcomeWiring::startTour()
{
    if (m_tour) {
        m_tour->raise();
        m_tour->activateWindow();
        return;
    }
    using Step = ui::TourDialog::Step;
    auto &f = m_features;
    std::vector<Step> steps{
        {tr("Your cases"),
         tr("Each complaint is a case: the company, what went wrong and what you want. The list "
            "is at the top (Ctrl+1); below it, the case's timeline holds every call, e-mail and "
            "letter. Ctrl+Shift+N starts a case."),
         [this] { bringForward(m_window.casesDock()); }},
        {tr("The call pane"),
         tr("Ctrl+Shift+L starts a call on the selected case: a timer runs, you type notes and "
            "tick the checklist (name, reference number, promise). When you hang up the call "
            "is filed on the timeline."),
         [&f] { bringForward(f.callNotesDock()); }},
        {tr("The escalation path"),
         tr("Who comes next when the first line fails: supervisor, complaints team, "
            "ombudsman. Ctrl+Shift+E escalates the selected case to the next level."),
         [&f] { bringForward(f.escalationDock()); }},
        {tr("Gateways"),
         tr("The people who got things done. Ctrl+G bookmarks the selected person as a "
            "gateway, so next time you call them directly instead of the hotline."),
         [&f] { bringForward(f.gatewayDock()); }},
        {tr("The dossier"),
         tr("Everything about a case in one document, to send to a regulator or an ombudsman: "
            "File → Print Dossier (Ctrl+P) or Export Dossier as PDF (Ctrl+Shift+D). "
            "Help → Take the Tour shows these steps again."),
         {}},
    };
    // The panes the tour brings forward go again after it: the user's layout stays theirs.
    QList<QDockWidget *> closed;
    for (auto *dock : m_window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (!dock->toggleViewAction()->isChecked())
            closed << dock;
    m_tour = new ui::TourDialog(std::move(steps), &m_window);
    m_tour->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tour, &ui::TourDialog::tourDone, this, [this, closed](bool) {
        QSettings().setValue(kTourDoneKey, true);
        m_page->setTourOffered(false);
        for (auto *dock : closed)
            dock->close();
    });
    m_tour->show();
}

} // namespace leverage::app

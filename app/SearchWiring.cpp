#include "app/SearchWiring.h"

#include "app/FeatureWiring.h"
#include "core/search/SearchService.h"
#include "core/store/ServerLogin.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/search/SearchPopup.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

namespace leverage::app {

SearchWiring::SearchWiring(ui::MainWindow &window, FeatureWiring &features)
    : QObject(&window), m_window(window), m_features(features)
{
    m_action = new QAction(tr("Searc&h Everything…"), this);
    m_action->setObjectName(QStringLiteral("searchEverything"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("system-search")));
    // Ctrl+K as in the editors and chat programs people know; free here (Ctrl+Shift+K is a
    // new promise, Ctrl+F finds cases by title).
    m_action->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setToolTip(tr("Search every note, person, promise and reference number (Ctrl+K)"));
    m_window.addAction(m_action); // works while the menu bar is hidden, too
    m_window.editMenu()->addSeparator();
    m_window.editMenu()->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &SearchWiring::showPopup);
    connect(&m_window, &ui::MainWindow::workspaceAboutToClose, this,
            &SearchWiring::onWorkspaceAboutToClose);
}

SearchWiring::~SearchWiring() = default;

ui::SearchPopup *SearchWiring::popup() const
{
    return m_popup;
}

void SearchWiring::showPopup()
{
    if (!m_service) {
        const auto &workspace = m_window.workspace();
        m_service = workspace.isTeamWorkspace()
                        ? std::make_unique<search::SearchService>(serverLoginOf(workspace), m_clock)
                        : std::make_unique<search::SearchService>(workspace.filePath(), m_clock);
        m_popup = new ui::SearchPopup(*m_service, &m_window);
        connect(m_popup, &ui::SearchPopup::itemChosen, this, &SearchWiring::open);
    }
    m_popup->popUp();
}

// The service reads the workspace's file: it goes with it (a next one gets its own).
void SearchWiring::onWorkspaceAboutToClose()
{
    delete m_popup;
    m_service.reset();
}

void SearchWiring::open(const SearchHit &hit)
{
    auto *cases = m_window.casesPane();
    if (hit.caseId > 0 && cases && !cases->selectCase(hit.caseId)) {
        // Filtered out of the list: the filter gives way to the case asked for.
        cases->searchBox()->clear();
        cases->selectCase(hit.caseId);
    }
    switch (hit.kind) {
    case SearchKind::Case:
        if (cases)
            cases->view()->setFocus(Qt::OtherFocusReason);
        break;
    case SearchKind::Entry:
        if (auto *timeline = m_window.timelinePane())
            timeline->selectItem({ui::ItemRef::Kind::Entry, hit.id});
        break;
    case SearchKind::Commitment:
        if (auto *timeline = m_window.timelinePane())
            timeline->selectItem({ui::ItemRef::Kind::Commitment, hit.id});
        break;
    case SearchKind::FollowUp:
        if (auto *timeline = m_window.timelinePane())
            timeline->setFocus(Qt::OtherFocusReason);
        break;
    case SearchKind::Contact:
        if (auto *contacts = m_window.contactsPane())
            contacts->selectItem({ui::ItemRef::Kind::Contact, hit.id});
        if (auto *page = m_features.contactPagePane())
            page->setContactId(hit.id);
        if (auto *dock = m_features.contactPageDock()) {
            dock->show();
            dock->raise();
        }
        break;
    case SearchKind::Organization:
        if (auto *contacts = m_window.contactsPane())
            contacts->selectItem({ui::ItemRef::Kind::Organization, hit.id});
        break;
    }
}

} // namespace leverage::app

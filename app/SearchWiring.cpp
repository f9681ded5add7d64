#include "app/SearchWiring.h"

#include "app/FeatureWiring.h"
#include "core/search/IndexBuilder.h"
#include "core/search/QueryParser.h"
#include "core/search/SearchService.h"
#include "core/store/SearchIndex.h"
#include "core/store/ServerLogin.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/models/common/MatchHighlighter.h"
#include "ui/search/SearchPopup.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>

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
    connect(m_action, &QAction::triggered, this, [this] { showPopup(); });
    connect(&m_window, &ui::MainWindow::workspaceAboutToClose, this,
            &SearchWiring::onWorkspaceAboutToClose);
    // Once the window shows: the build's dialog belongs over it.
    connect(&m_window, &ui::MainWindow::workspaceInstalled, this,
            [this] { QTimer::singleShot(0, this, &SearchWiring::buildIndexIfNeeded); });
    if (m_window.casesPane())
        QTimer::singleShot(0, this, &SearchWiring::buildIndexIfNeeded);
}

void SearchWiring::buildIndexIfNeeded()
{
    if (m_builder || !m_window.casesPane() || m_window.workspace().isTeamWorkspace())
        return;
    auto current = SearchIndex(m_window.workspace()).isCurrent();
    if (!current || *current)
        return;
    m_builder = std::make_unique<search::IndexBuilder>(m_window.workspace().filePath());
    m_progress = new QProgressDialog(tr("Preparing search for this workspace (done once)…"),
                                     tr("Cancel"), 0, 1000, &m_window);
    m_progress->setObjectName(QStringLiteral("searchIndexProgress"));
    m_progress->setWindowTitle(tr("Preparing Search"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_builder.get(), &search::IndexBuilder::progressed, m_progress,
            [this](qint64 done, qint64 total) {
                if (m_progress->wasCanceled())
                    return;
                m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                m_progress->setLabelText(
                    tr("Preparing search for this workspace (done once): %L1 of %L2 items…")
                        .arg(done)
                        .arg(total));
            });
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_progress->setLabelText(tr("Cancelling…"));
        m_builder->cancel();
    });
    connect(m_builder.get(), &search::IndexBuilder::finished, this, &SearchWiring::onIndexBuilt);
    m_progress->show();
    m_builder->start();
}

void SearchWiring::onIndexBuilt(bool built, const QString &message)
{
    delete m_progress;
    m_builder.release()->deleteLater(); // its signal is still on the stack
    if (!built)
        m_window.showError(tr("Search is not ready: %1 It is prepared again the next time "
                              "this workspace opens.")
                               .arg(message));
}

SearchWiring::~SearchWiring() = default;

ui::SearchPopup *SearchWiring::popup() const
{
    return m_popup;
}

void SearchWiring::showPopup(const QString &query)
{
    if (!m_service) {
        const auto &workspace = m_window.workspace();
        m_service = workspace.isTeamWorkspace()
                        ? std::make_unique<search::SearchService>(serverLoginOf(workspace), m_clock)
                        : std::make_unique<search::SearchService>(workspace.filePath(), m_clock);
        m_popup = new ui::SearchPopup(*m_service, &m_window);
        connect(m_popup, &ui::SearchPopup::itemChosen, this, &SearchWiring::open);
        // Queued: the name is asked once the box has closed and the window is active again.
        connect(m_popup, &ui::SearchPopup::saveRequested, this, &SearchWiring::saveRequested,
                Qt::QueuedConnection);
    }
    if (!m_popup->isVisible()) {
        m_backFocus = QApplication::focusWidget();
        m_backCaseId = m_window.casesPane() ? m_window.casesPane()->currentCaseId() : 0;
    }
    m_popup->popUp(query);
}

// The service reads the workspace's file: it goes with it (a next one gets its own).
void SearchWiring::onWorkspaceAboutToClose()
{
    if (m_openedIn)
        m_openedIn->removeEventFilter(this);
    m_openedIn = nullptr;
    m_backFocus = nullptr;
    m_backCaseId = 0;
    delete m_progress;
    m_builder.reset(); // cancelled: nothing half-built stays
    delete m_popup;
    m_service.reset();
}

void SearchWiring::open(const SearchHit &hit)
{
    if (m_openedIn)
        m_openedIn->removeEventFilter(this);
    openInPanes(hit);
    const models::MatchHighlighter words(
        search::QueryParser::parse(m_popup->queryBox()->text()).query, hit.snippet);
    if (hit.kind == SearchKind::Entry) {
        if (auto *timeline = m_window.timelinePane())
            timeline->showMatch(hit.id, words);
    } else if (hit.kind == SearchKind::Contact) {
        if (auto *page = m_features.contactPagePane())
            page->history()->setHighlight(words);
    }
    m_openedIn = QApplication::focusWidget();
    if (m_openedIn)
        m_openedIn->installEventFilter(this);
}

bool SearchWiring::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_openedIn && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        goBack();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SearchWiring::goBack()
{
    if (m_openedIn)
        m_openedIn->removeEventFilter(this);
    m_openedIn = nullptr;
    if (auto *timeline = m_window.timelinePane())
        timeline->clearMatch();
    if (auto *page = m_features.contactPagePane())
        page->history()->setHighlight({});
    if (auto *cases = m_window.casesPane(); cases && m_backCaseId > 0)
        cases->selectCase(m_backCaseId);
    if (m_backFocus)
        m_backFocus->setFocus(Qt::OtherFocusReason);
}

// Selects the hit's case and the hit in its pane, and focuses it.
void SearchWiring::openInPanes(const SearchHit &hit)
{
    auto *cases = m_window.casesPane();
    if (hit.caseId > 0 && cases && !cases->selectCase(hit.caseId)) {
        // Filtered out of the list: the filter gives way to the case asked for.
        cases->clearFilters();
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
    case SearchKind::Letter:
        // Its case is selected: the Letters pane lists the case's letters.
        break;
    }
}

} // namespace leverage::app

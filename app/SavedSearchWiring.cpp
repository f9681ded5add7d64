#include "app/SavedSearchWiring.h"

#include "app/SearchWiring.h"
#include "core/search/SearchService.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/search/SavedSearchCommand.h"
#include "ui/models/search/SavedSearchListModel.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/search/SavedSearchesView.h"
#include "ui/window/MainWindow.h"

#include <QInputDialog>
#include <QListView>

namespace leverage::app {

SavedSearchWiring::SavedSearchWiring(ui::MainWindow &window, SearchWiring &search)
    : QObject(&window), m_window(window), m_search(search)
{
    connect(&m_window, &ui::MainWindow::workspaceInstalled, this, &SavedSearchWiring::install);
    connect(&m_search, &SearchWiring::saveRequested, this, &SavedSearchWiring::saveQuery);
    connect(&m_window, &ui::MainWindow::workspaceAboutToClose, this, &SavedSearchWiring::uninstall);
    if (m_window.casesPane())
        install();
}

SavedSearchWiring::~SavedSearchWiring()
{
    uninstall();
}

void SavedSearchWiring::install()
{
    uninstall();
    auto *cases = m_window.casesPane();
    if (!cases)
        return;
    m_counter = std::make_unique<search::SearchService>(m_window.workspace().filePath(), m_clock);
    m_model = new models::SavedSearchListModel(m_window.workspace(), *m_counter, this);
    m_view = new ui::SavedSearchesView(*m_model, cases);
    cases->addSection(m_view);
    connect(m_view, &ui::SavedSearchesView::openRequested, this,
            [this](const SavedSearch &search) { m_search.showPopup(search.query); });
    connect(m_view, &ui::SavedSearchesView::renameRequested, this, &SavedSearchWiring::rename);
    connect(m_view, &ui::SavedSearchesView::removeRequested, this, &SavedSearchWiring::remove);
}

void SavedSearchWiring::uninstall()
{
    delete m_view;
    delete m_model;
    m_counter.reset();
}

void SavedSearchWiring::saveQuery(const QString &query)
{
    if (!m_model || query.trimmed().isEmpty())
        return;
    bool ok = false;
    const auto name = QInputDialog::getText(&m_window, tr("Save Search"),
                                            tr("&Name of the list (it shows in the cases pane):"),
                                            QLineEdit::Normal, query.trimmed(), &ok)
                          .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto command = models::SavedSearchCommand::save(m_window.workspace(), name, query.trimmed());
    auto *saved = command.get();
    if (auto status = models::UndoPusher(m_window.undoStack(), m_window).push(std::move(command));
        !status) {
        m_window.reportError(status.message());
        return;
    }
    if (m_view) {
        m_view->select(saved->savedId());
        m_view->listView()->setFocus(Qt::OtherFocusReason); // here it is
    }
}

void SavedSearchWiring::rename(SavedSearch search)
{
    bool ok = false;
    const auto name = QInputDialog::getText(&m_window, tr("Rename Saved Search"), tr("&Name:"),
                                            QLineEdit::Normal, search.name, &ok)
                          .trimmed();
    if (!ok || name.isEmpty() || name == search.name)
        return;
    if (auto status =
            models::UndoPusher(m_window.undoStack(), m_window)
                .push(models::SavedSearchCommand::rename(m_window.workspace(), search, name));
        !status)
        m_window.reportError(status.message());
    else if (m_view)
        m_view->select(search.id);
}

void SavedSearchWiring::remove(SavedSearch search)
{
    if (auto status = models::UndoPusher(m_window.undoStack(), m_window)
                          .push(models::SavedSearchCommand::remove(m_window.workspace(), search));
        !status)
        m_window.reportError(status.message());
}

} // namespace leverage::app

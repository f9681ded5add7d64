#pragma once

#include "core/domain/SavedSearch.h"
#include "core/services/Clock.h"
#include "ui/models/search/SavedSearchListModel.h"
#include "ui/search/SavedSearchesView.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace leverage::search {
class SearchService;
}
namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

class SearchWiring;

// Saved searches (issue 20): Ctrl+S in the search box (or Save Search… in its menu) keeps the
// query under a name; the saved ones are smart lists in the cases pane, counted live. Enter on
// one opens the search box with its query, F2 renames, Delete removes; each is one undo step.
class SavedSearchWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchWiring)

public:
    SavedSearchWiring(ui::MainWindow &window, SearchWiring &search);
    ~SavedSearchWiring() override;

    // Null while no workspace is open.
    ui::SavedSearchesView *view() const { return m_view; }
    models::SavedSearchListModel *model() const { return m_model; }
    // Asks a name for the query and saves it (Ctrl+S in the search box).
    void saveQuery(const QString &query);

private:
    void install();
    void uninstall();
    // By value: the view's signal passes a row of its model, which the edit's refresh frees
    // (ASan: a use after free reading its id to select it again).
    void rename(SavedSearch search);
    void remove(SavedSearch search);

    ui::MainWindow &m_window;
    SearchWiring &m_search;
    SystemClock m_clock;
    std::unique_ptr<search::SearchService> m_counter;
    QPointer<models::SavedSearchListModel> m_model;
    QPointer<ui::SavedSearchesView> m_view;
};

} // namespace leverage::app

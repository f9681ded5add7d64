#pragma once

#include "core/domain/SearchQuery.h"
#include "core/services/Clock.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;

namespace leverage::search {
class SearchService;
}
namespace leverage::ui {
class MainWindow;
class SearchPopup;
} // namespace leverage::ui

namespace leverage::app {

class FeatureWiring;

// Search everything (issue 20): Edit → Search Everything… (Ctrl+K from anywhere) opens the
// search box over the window; a chosen result opens in context: its case selected, the
// timeline on the entry or promise, a contact's page, an organization in the contacts pane.
// One search service per open workspace, on its own read connection.
class SearchWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWiring)

public:
    SearchWiring(ui::MainWindow &window, FeatureWiring &features);
    ~SearchWiring() override;

    QAction *searchAction() const { return m_action; }
    // Null until Ctrl+K first opens it for the open workspace.
    ui::SearchPopup *popup() const;

private:
    void showPopup();
    void onWorkspaceAboutToClose();
    void open(const SearchHit &hit);

    ui::MainWindow &m_window;
    FeatureWiring &m_features;
    SystemClock m_clock;
    QAction *m_action = nullptr;
    std::unique_ptr<search::SearchService> m_service;
    QPointer<ui::SearchPopup> m_popup;
};

} // namespace leverage::app

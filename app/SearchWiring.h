#pragma once

#include "core/domain/Ids.h"
#include "core/domain/SearchQuery.h"
#include "core/services/Clock.h"

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;

class QProgressDialog;

namespace leverage::search {
class IndexBuilder;
class SearchService;
} // namespace leverage::search
namespace leverage::ui {
class MainWindow;
class SearchPopup;
} // namespace leverage::ui

namespace leverage::app {

class FeatureWiring;

// Search everything (issue 20): Edit → Search Everything… (Ctrl+K from anywhere) opens the
// search box over the window; a chosen result opens in context: its case selected, the
// timeline on the entry or promise, a contact's page, an organization in the contacts pane.
// The words found are marked where the item opens (the entry's text below the timeline, the
// contact's page), and Esc there goes back to where the user was before Ctrl+K: the case,
// and the widget that had the focus. One search service per open workspace, on its own read
// connection. An index that must be built (a workspace from an older version) is built on
// opening, its progress in a window-modal dialog that keeps drawing and can be cancelled
// (the index then stays as it was, and search says it is not ready).
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
    // The build of the index under way, if any (its dialog is searchIndexProgress).
    search::IndexBuilder *indexBuilder() const { return m_builder.get(); }
    // Opens the box (Ctrl+K); with a query, searches it at once (a saved search).
    void showPopup(const QString &query = {});

Q_SIGNALS:
    // Ctrl+S in the box.
    void saveRequested(const QString &query);

protected:
    // Esc where a result opened: back to where the user was.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onWorkspaceAboutToClose();
    void open(const SearchHit &hit);
    void openInPanes(const SearchHit &hit);
    void goBack();
    void buildIndexIfNeeded();
    void onIndexBuilt(bool built, const QString &message);

    ui::MainWindow &m_window;
    FeatureWiring &m_features;
    SystemClock m_clock;
    QAction *m_action = nullptr;
    std::unique_ptr<search::SearchService> m_service;
    QPointer<ui::SearchPopup> m_popup;
    std::unique_ptr<search::IndexBuilder> m_builder;
    QPointer<QProgressDialog> m_progress;
    // Where the user was when Ctrl+K opened the box, and where the chosen result opened.
    RowId m_backCaseId = 0;
    QPointer<QWidget> m_backFocus;
    QPointer<QWidget> m_openedIn;
};

} // namespace leverage::app

#pragma once

#include "core/domain/SearchQuery.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;

namespace leverage::search {
class SearchService;
}

namespace leverage::models {
class SearchResultsModel;
}

namespace leverage::ui {

// Ctrl+K: one box over the whole workspace. Results come as the user types (from the search
// service, off the GUI thread), grouped by kind; Up and Down move through them, Enter opens
// the current one (itemChosen) and Esc closes the box and gives the focus back to where it
// was. A query that does not parse says where, and the text stays as typed. Ctrl+S asks to
// save the query as a smart list.
class SearchPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPopup)

public:
    SearchPopup(search::SearchService &service, QWidget *parent);

    // Shows the box over the parent window, the last query selected (or the query given,
    // searched at once), and remembers the widget that had the focus.
    void popUp(const QString &query = {});
    QLineEdit *queryBox() const { return m_query; }
    QListView *resultsView() const { return m_view; }
    models::SearchResultsModel *resultsModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // Enter on a result; the box has closed (the focus goes where the item opens).
    void itemChosen(const leverage::SearchHit &hit);
    // Ctrl+S in the box: keep this query under a name; the box has closed.
    void saveRequested(const QString &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onResults(quint64 generation, const QString &text, const QList<SearchHit> &hits);
    void moveCurrent(int step);
    void choose();
    void dismiss();

    search::SearchService &m_service;
    QLineEdit *m_query = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    models::SearchResultsModel *m_model = nullptr;
    QPointer<QWidget> m_returnFocusTo;
};

} // namespace leverage::ui

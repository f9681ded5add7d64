#pragma once

#include "core/domain/SavedSearch.h"

#include <QWidget>

class QListView;

namespace leverage::models {
class SavedSearchListModel;
}

namespace leverage::ui {

// The saved searches as a group of smart lists (in the cases pane): each name with how many
// items match now. Enter opens the search, F2 renames it, Delete removes it; the owner does
// the work (through the undo stack). Hidden while there are none.
class SavedSearchesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchesView)

public:
    SavedSearchesView(models::SavedSearchListModel &model, QWidget *parent = nullptr);

    QListView *listView() const { return m_view; }
    // Makes the saved search current (one just saved or put back).
    void select(RowId id);

Q_SIGNALS:
    void openRequested(const leverage::SavedSearch &search);
    void renameRequested(const leverage::SavedSearch &search);
    void removeRequested(const leverage::SavedSearch &search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const SavedSearch *current() const;
    void fitHeight();

    models::SavedSearchListModel &m_model;
    QListView *m_view = nullptr;
};

} // namespace leverage::ui
